/// The decision recorded for a finding by a `threat` statement.
public enum TriageStatus: String, Hashable, Sendable, CaseIterable, Codable {
  case open
  case mitigated
  case accepted
  case transferred
  case notApplicable = "not-applicable"

  /// Whether the finding still needs a decision or action.
  public var isOpen: Bool { self == .open }
}
