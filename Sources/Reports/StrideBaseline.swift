import DFDModel

/// STRIDE-per-element: which categories a workshop considers for each kind of DFD item.
public enum StrideBaseline {
  /// The categories that apply to an element of `category`.
  public static func categories(for category: ElementCategory) -> [StrideCategory] {
    switch category {
    case .external: return [.spoofing, .repudiation]
    case .process, .device: return StrideCategory.allCases
    case .store: return [.tampering, .repudiation, .informationDisclosure, .denialOfService]
    }
  }

  /// The categories that apply to a flow.
  public static let flow: [StrideCategory] = [
    .tampering, .informationDisclosure, .denialOfService,
  ]
}
