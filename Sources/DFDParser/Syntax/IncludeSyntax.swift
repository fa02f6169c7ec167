/// `include "path"`.
public struct IncludeSyntax: Hashable, Sendable {
  public var keyword: Range<Int>
  public var path: StringSyntax
}
