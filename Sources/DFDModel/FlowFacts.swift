/// What the threat engine decided about one flow, for everything that shows the flow (the
/// diagram draws these instead of deciding them again).
public struct FlowFacts: Hashable, Sendable {
  /// Whether the flow's ends sit in different innermost trust boundaries.
  public var crossesBoundary: Bool
  /// Whether the flow is encrypted in transit (`flow.encrypted` as the rules read it).
  public var encrypted: Bool

  public init(crossesBoundary: Bool, encrypted: Bool) {
    self.crossesBoundary = crossesBoundary
    self.encrypted = encrypted
  }
}
