/// A string literal: its decoded value and the range of the whole literal.
public struct StringSyntax: Hashable, Sendable {
  public var value: String
  public var range: Range<Int>

  public init(_ value: String, _ range: Range<Int>) {
    self.value = value
    self.range = range
  }
}
