/// `(NAME:)? SOURCE -> TARGET "Label" [attrs]`, or `<->` for a two-way flow.
public struct FlowSyntax: Hashable, Sendable {
  public var name: IdentifierSyntax?
  public var source: IdentifierSyntax
  public var isTwoWay: Bool
  public var arrow: Range<Int>
  public var target: IdentifierSyntax
  public var label: StringSyntax?
  public var attributes: [AttributeSyntax]

  /// The range from the name (or source) to the target.
  public var range: Range<Int> { (name ?? source).range.lowerBound..<target.range.upperBound }
}
