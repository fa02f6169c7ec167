/// A value written after `name:` in an attribute list, or derived from the model.
public enum AttributeValue: Hashable, Sendable {
  case bool(Bool)
  case number(Double)
  case string(String)
  /// A bare identifier such as `public` or `https`.
  case symbol(String)
  case list([AttributeValue])

  /// The value as a boolean, when it is one.
  public var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The value as text: the content of a string or the name of a symbol.
  public var textValue: String? {
    switch self {
    case .string(let text), .symbol(let text): return text
    default: return nil
    }
  }

  /// The value as a number, when it is one.
  public var numberValue: Double? {
    if case .number(let value) = self { return value }
    return nil
  }

  /// The items of a list; a single value reads as a list of one.
  public var listValue: [AttributeValue] {
    if case .list(let items) = self { return items }
    return [self]
  }
}

extension AttributeValue: CustomStringConvertible {
  /// The value as the .dfd language writes it.
  public var description: String {
    switch self {
    case .bool(let value): return value ? "true" : "false"
    case .number(let value):
      return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    case .string(let text): return "\"" + Self.escaped(text) + "\""
    case .symbol(let name): return name
    case .list(let items): return "[" + items.map(\.description).joined(separator: ", ") + "]"
    }
  }

  /// Escapes text for a .dfd string literal.
  static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default: result.append(character)
      }
    }
    return result
  }
}
