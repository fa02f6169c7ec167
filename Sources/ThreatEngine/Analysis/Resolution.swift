import DFDModel

/// The value a path read, and where it came from in the catalogue's lookup order.
struct Resolution: Hashable, Sendable {
  /// nil when the value is unknown.
  var value: AttributeValue?
  var origin: Evidence.Origin
  var detail: Detail?

  /// Where an inherited, implied or derived value came from; text is built only for evidence.
  enum Detail: Hashable, Sendable {
    case boundary(String), attribute(String), `protocol`(String), kind(String), text(String)

    var text: String {
      switch self {
      case .boundary(let id): return "boundary \(id)"
      case .attribute(let name): return name
      case .protocol(let name): return "protocol \(name)"
      case .kind(let name): return "kind \(name)"
      case .text(let text): return text
      }
    }
  }

  static let unknown = Resolution(value: nil, origin: .unknown)

  static func stated(_ value: AttributeValue) -> Resolution {
    Resolution(value: value, origin: .stated)
  }

  static func derived(_ value: AttributeValue) -> Resolution {
    Resolution(value: value, origin: .derived)
  }

  /// Whether the value is `true` (or a non-empty list): a bare path in boolean position.
  var isTrue: Bool {
    switch value {
    case .bool(let flag)?: return flag
    case .list(let items)?: return !items.isEmpty
    default: return false
    }
  }

  /// Whether steps (1) to (4) of the lookup order gave a value (`assume` does not count).
  var isKnown: Bool { value != nil && origin != .assumed }

  /// The value as evidence shows it.
  var text: String {
    guard let value else { return "unknown" }
    switch value {
    case .string(let text): return text
    case .list(let items):
      return "[" + items.map { $0.textValue ?? $0.description }.joined(separator: ", ") + "]"
    default: return value.description
    }
  }
}
