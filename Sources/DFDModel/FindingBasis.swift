/// Whether a finding rests only on facts, or on at least one assumption.
public enum FindingBasis: String, Hashable, Sendable, CaseIterable, Codable {
  /// Every value that made the rule fire was stated in the model or derived from stated facts.
  case confirmed
  /// At least one value that made the rule fire was assumed (a control not stated, a hazard
  /// not stated false): the answer to a question settles it.
  case presumed
}
