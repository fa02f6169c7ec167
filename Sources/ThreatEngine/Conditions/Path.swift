/// A place a condition reads: a root (`flow`, `source`) and at most one attribute or derived name.
public struct Path: Hashable, Sendable, CustomStringConvertible {
  /// What a path starts from.
  public enum Root: String, Hashable, Sendable, CaseIterable {
    case element, flow, source, target, boundary

    /// The roots a rule with `target` may read.
    public static func allowed(for target: RuleTarget) -> [Root] {
      switch target {
      case .element: return [.element]
      case .flow: return [.flow, .source, .target]
      case .boundary: return [.boundary]
      }
    }

    /// Whether the root names an element (so element attributes and derived properties apply).
    public var isElement: Bool { self == .element || self == .source || self == .target }
  }

  public var root: Root
  /// The attribute or derived property; nil for the bare root.
  public var name: String?

  public init(_ root: Root, _ name: String? = nil) {
    self.root = root
    self.name = name
  }

  /// `flow.encrypted`, as a condition writes it.
  public var description: String { name.map { "\(root.rawValue).\($0)" } ?? root.rawValue }
}

/// What a rule is about.
public enum RuleTarget: String, Hashable, Sendable, CaseIterable {
  case element, flow, boundary
}
