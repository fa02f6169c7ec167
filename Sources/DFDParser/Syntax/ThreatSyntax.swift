/// `threat RULE on TARGET [attrs]`, where TARGET is `id`, `a->b` or `a->b:slug`.
public struct ThreatSyntax: Hashable, Sendable {
  public var keyword: Range<Int>
  public var rule: IdentifierSyntax
  /// The target as one identifier, `a->b` and `a->b:slug` included, with the range of all of it.
  public var target: IdentifierSyntax
  public var attributes: [AttributeSyntax]
}
