import DFDModel

/// One side of a test: a path to read or a literal written in the condition.
public enum Value: Hashable, Sendable, CustomStringConvertible {
  case path(Path)
  case literal(AttributeValue)

  /// The value as a condition writes it.
  public var description: String {
    switch self {
    case .path(let path): return path.description
    case .literal(let value): return Self.text(value)
    }
  }

  /// A literal as the condition language writes it (strings in single quotes).
  static func text(_ value: AttributeValue) -> String {
    switch value {
    case .string(let text): return "'\(text)'"
    case .list(let items): return "[" + items.map(text).joined(separator: ", ") + "]"
    default: return value.description
    }
  }
}
