/// An attribute value as written.
public struct ValueSyntax: Hashable, Sendable {
  /// The forms a value takes.
  ///
  /// Not `indirect`: a list's array already holds its items apart, so no value needs a box of
  /// its own.
  public enum Kind: Hashable, Sendable {
    case string(String)
    /// A bare name (`public`, `https`), or a keyword other than true and false.
    case symbol(String)
    case number(Double)
    case bool(Bool)
    case list([ValueSyntax])
  }

  public var kind: Kind
  public var range: Range<Int>

  public init(_ kind: Kind, _ range: Range<Int>) {
    self.kind = kind
    self.range = range
  }
}
