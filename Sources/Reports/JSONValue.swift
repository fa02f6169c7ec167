/// A JSON value whose objects keep their keys in the order written, so output is stable and
/// reads in a sensible order (`$schema`, `version`, `runs`).
public indirect enum JSONValue: Hashable, Sendable {
  case string(String)
  case number(Double)
  case integer(Int)
  case bool(Bool)
  case null
  case array([JSONValue])
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.text() == rhs.text() }
  public func hash(into hasher: inout Hasher) { hasher.combine(text()) }

  /// The value as JSON text, indented by two spaces per level, strings escaped by `Escaping.json`.
  public func text() -> String {
    var out = ""
    write(into: &out, indent: 0)
    return out
  }

  private func write(into out: inout String, indent: Int) {
    switch self {
    case .string(let text): out += Escaping.json(text)
    case .number(let value): out += value.isFinite ? "\(value)" : "null"
    case .integer(let value): out += String(value)
    case .bool(let value): out += value ? "true" : "false"
    case .null: out += "null"
    case .array(let items):
      guard !items.isEmpty else { return out += "[]" }
      out += "[\n"
      for (offset, item) in items.enumerated() {
        out += String(repeating: "  ", count: indent + 1)
        item.write(into: &out, indent: indent + 1)
        out += offset == items.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: "  ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else { return out += "{}" }
      out += "{\n"
      for (offset, (key, value)) in members.enumerated() {
        out += String(repeating: "  ", count: indent + 1) + Escaping.json(key) + ": "
        value.write(into: &out, indent: indent + 1)
        out += offset == members.count - 1 ? "\n" : ",\n"
      }
      out += String(repeating: "  ", count: indent) + "}"
    }
  }
}

extension JSONValue {
  /// An object from members whose nil values are left out.
  static func object(dropping members: [(String, JSONValue?)]) -> JSONValue {
    .object(members.compactMap { key, value in value.map { (key, $0) } })
  }

  /// An array of strings.
  static func strings(_ items: [String]) -> JSONValue { .array(items.map(JSONValue.string)) }
}
