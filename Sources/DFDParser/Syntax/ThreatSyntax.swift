/// `threat RULE on TARGET [attrs]`, where TARGET is `id`, `a->b` or `a->b:slug`, or a bulk
/// selector: `*`, `boundary B` or `kind K`.
public struct ThreatSyntax: Hashable, Sendable {
  /// Which findings a statement is about.
  public enum Selector: Hashable, Sendable {
    /// The one element, boundary or flow named by `target`.
    case one
    /// Every target (`*`); `target` is the star.
    case all
    /// Everything inside the boundary named by `target`.
    case boundary
    /// Every element of the kind named by `target`.
    case kind
  }

  public var keyword: Range<Int>
  public var rule: IdentifierSyntax
  public var selector: Selector = .one
  /// The target as one identifier, `a->b` and `a->b:slug` included, with the range of all of it;
  /// for a bulk statement, the boundary or kind named (or `*`).
  public var target: IdentifierSyntax
  public var attributes: [AttributeSyntax]

  /// The selector as written before the target: `boundary `, `kind ` or nothing.
  public var selectorPrefix: String {
    switch selector {
    case .one, .all: return ""
    case .boundary: return "boundary "
    case .kind: return "kind "
    }
  }
}
