/// One `name: value` item of an attribute list; a bare `name` has no value.
public struct AttributeSyntax: Hashable, Sendable {
  public var name: IdentifierSyntax
  public var value: ValueSyntax?

  public init(name: IdentifierSyntax, value: ValueSyntax?) {
    self.name = name
    self.value = value
  }

  /// The range of the whole item.
  public var range: Range<Int> {
    name.range.lowerBound..<(value?.range.upperBound ?? name.range.upperBound)
  }
}
