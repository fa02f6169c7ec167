/// A name as written, with its byte range.
public struct IdentifierSyntax: Hashable, Sendable {
  public var text: String
  public var range: Range<Int>

  public init(_ text: String, _ range: Range<Int>) {
    self.text = text
    self.range = range
  }
}
