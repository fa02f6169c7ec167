/// Which findings a `threat` statement is about: one target, or many at once (bulk triage).
public enum TriageSelector: Hashable, Sendable {
  /// The one element, boundary or flow with this id.
  case target(String)
  /// Every target: `threat RULE on *`.
  case all
  /// The boundary, the boundaries nested in it, the elements inside them and the flows whose
  /// ends are both inside: `threat RULE on boundary B`.
  case boundary(String)
  /// Every element of the kind, or of a kind derived from it: `threat RULE on kind camera`.
  case kind(String)

  /// Whether the statement covers many findings rather than one.
  public var isBulk: Bool {
    if case .target = self { return false }
    return true
  }

  /// The target as a statement writes it: `cam`, `*`, `boundary street`, `kind camera`.
  public var written: String {
    switch self {
    case .target(let id): return id
    case .all: return "*"
    case .boundary(let id): return "boundary " + id
    case .kind(let kind): return "kind " + kind
    }
  }

  /// How specific the selector is: a named target beats a kind or boundary, which beat `*`.
  public var specificity: Int {
    switch self {
    case .target: return 3
    case .boundary, .kind: return 2
    case .all: return 1
    }
  }
}
