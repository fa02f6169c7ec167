/// How urgently a finding needs attention in the workshop, lowest first.
public enum Severity: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
  case low, medium, high, critical

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }

  /// 0 for low up to 3 for critical.
  public var rank: Int {
    switch self {
    case .low: return 0
    case .medium: return 1
    case .high: return 2
    case .critical: return 3
    }
  }
}
