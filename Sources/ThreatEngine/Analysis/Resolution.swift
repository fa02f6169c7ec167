import DFDModel

/// The value a path read, and where it came from in the catalogue's lookup order.
struct Resolution: Hashable, Sendable {
  /// The value; meaningless when `isUnknown`.
  ///
  /// Kept apart from `isUnknown` rather than as an
  /// optional: copying an optional `AttributeValue` goes through the runtime's generic value
  /// witnesses, which made storing and reading values the costliest part of evaluation.
  var stored: AttributeValue
  var isUnknown: Bool
  var origin: Evidence.Origin
  /// Where an inherited, implied or derived value came from (`boundary street`,
  /// `protocol https`), empty for none; the texts are made once per index and shared.
  ///
  /// Not an optional, for the same reason as `stored`: copying a `String?` went through the
  /// runtime's generic witnesses, twice per value cached.
  var detail: String

  init(value: AttributeValue, origin: Evidence.Origin, detail: String? = nil) {
    stored = value
    isUnknown = false
    self.origin = origin
    self.detail = detail ?? ""
  }

  static let unknown: Resolution = {
    var resolution = Resolution(value: .bool(false), origin: .unknown)
    resolution.isUnknown = true
    return resolution
  }()

  static func stated(_ value: AttributeValue) -> Resolution {
    Resolution(value: value, origin: .stated)
  }

  static func derived(_ value: AttributeValue) -> Resolution {
    Resolution(value: value, origin: .derived)
  }

  /// Whether the value is `true` (or a non-empty list): a bare path in boolean position.
  var isTrue: Bool {
    guard !isUnknown else { return false }
    switch stored {
    case .bool(let flag): return flag
    case .list(let items): return !items.isEmpty
    default: return false
    }
  }

  /// Whether steps (1) to (4) of the lookup order gave a value (`assume` does not count).
  var isKnown: Bool { !isUnknown && origin != .assumed }

  /// The value as evidence shows it.
  var text: String {
    guard !isUnknown else { return "unknown" }
    switch stored {
    case .string(let text): return text
    case .list(let items):
      return "[" + items.map { $0.textValue ?? $0.description }.joined(separator: ", ") + "]"
    default: return stored.description
    }
  }
}
