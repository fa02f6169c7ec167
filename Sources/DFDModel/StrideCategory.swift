/// The six STRIDE threat categories.
public enum StrideCategory: String, Hashable, Sendable, CaseIterable, Codable, Comparable {
  case spoofing
  case tampering
  case repudiation
  case informationDisclosure = "information-disclosure"
  case denialOfService = "denial-of-service"
  case elevationOfPrivilege = "elevation-of-privilege"

  /// The category's letter: S, T, R, I, D or E.
  public var letter: Character {
    switch self {
    case .spoofing: return "S"
    case .tampering: return "T"
    case .repudiation: return "R"
    case .informationDisclosure: return "I"
    case .denialOfService: return "D"
    case .elevationOfPrivilege: return "E"
    }
  }

  /// The category's name in title case.
  public var title: String {
    switch self {
    case .spoofing: return "Spoofing"
    case .tampering: return "Tampering"
    case .repudiation: return "Repudiation"
    case .informationDisclosure: return "Information disclosure"
    case .denialOfService: return "Denial of service"
    case .elevationOfPrivilege: return "Elevation of privilege"
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool {
    lhs.order < rhs.order
  }
}

extension StrideCategory {
  fileprivate var order: Int {
    switch self {
    case .spoofing: return 0
    case .tampering: return 1
    case .repudiation: return 2
    case .informationDisclosure: return 3
    case .denialOfService: return 4
    case .elevationOfPrivilege: return 5
    }
  }
}
