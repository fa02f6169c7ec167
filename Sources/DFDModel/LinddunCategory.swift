/// The seven LINDDUN privacy threat categories, which privacy rules name beside their STRIDE
/// letters.
public enum LinddunCategory: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
  case linking
  case identifying
  case nonRepudiation = "non-repudiation"
  case detecting
  case dataDisclosure = "data-disclosure"
  case unawareness
  case nonCompliance = "non-compliance"

  /// The category's name in title case.
  public var title: String {
    switch self {
    case .linking: return "Linking"
    case .identifying: return "Identifying"
    case .nonRepudiation: return "Non-repudiation"
    case .detecting: return "Detecting"
    case .dataDisclosure: return "Data disclosure"
    case .unawareness: return "Unawareness"
    case .nonCompliance: return "Non-compliance"
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    let order = Self.allCases
    return order.firstIndex(of: lhs) ?? 0 < order.firstIndex(of: rhs) ?? 0
  }
}
