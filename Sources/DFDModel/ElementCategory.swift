/// The DFD category of an element kind: it decides the drawing shape and the STRIDE baseline.
public enum ElementCategory: String, Hashable, Sendable, CaseIterable, Codable {
  case external
  case process
  /// A process with a physical body, often in a public place.
  case device
  case store

  /// How people say it.
  public var title: String {
    switch self {
    case .external: return "external entity"
    case .process: return "process"
    case .device: return "device"
    case .store: return "data store"
    }
  }

  /// How people say more than one: "processes", "external entities".
  public var pluralTitle: String {
    switch self {
    case .external: return "external entities"
    case .process: return "processes"
    case .device: return "devices"
    case .store: return "data stores"
    }
  }
}
