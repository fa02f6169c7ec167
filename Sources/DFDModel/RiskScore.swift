/// A risk scored on the 5×5 matrix corporate risk registers use: likelihood × impact.
public struct RiskScore: Hashable, Sendable {
  /// The band of a score: 1-4 low, 5-9 medium, 10-16 high, 20-25 very high.
  public enum Band: String, Hashable, Sendable, CaseIterable {
    case low, medium, high
    case veryHigh = "very high"

    /// The band a score from 1 to 25 falls in.
    public init(score: Int) {
      switch score {
      case ..<5: self = .low
      case ..<10: self = .medium
      case ..<17: self = .high
      default: self = .veryHigh
      }
    }
  }

  /// 1 (rare) to 5 (almost certain).
  public var likelihood: Int
  /// 1 (negligible) to 5 (severe).
  public var impact: Int

  public init(likelihood: Int, impact: Int) {
    self.likelihood = likelihood
    self.impact = impact
  }

  public var score: Int { likelihood * impact }
  public var band: Band { Band(score: score) }

  /// A level from 1 to 5 as written (`3`); nil for anything else (`0`, `6`, `2.5`).
  public static func level(_ number: Double) -> Int? {
    guard number >= 1, number <= 5, number == number.rounded() else { return nil }
    return Int(number)
  }
}
