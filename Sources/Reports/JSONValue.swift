import OutputEscaping

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
    var out: [UInt8] = []
    write(into: &out, indent: 0)
    return String(decoding: out, as: UTF8.self)
  }

  private func write(into out: inout [UInt8], indent: Int) {
    switch self {
    case .string(let text): Escaping.appendJSON(text, to: &out)
    case .number(let value): out += (value.isFinite ? "\(value)" : "null").utf8
    case .integer(let value): out += String(value).utf8
    case .bool(let value): out += (value ? "true" : "false").utf8
    case .null: out += "null".utf8
    case .array(let items):
      guard !items.isEmpty else { return out += "[]".utf8 }
      out += "[\n".utf8
      for (offset, item) in items.enumerated() {
        Self.indent(indent + 1, &out)
        item.write(into: &out, indent: indent + 1)
        out += (offset == items.count - 1 ? "\n" : ",\n").utf8
      }
      Self.indent(indent, &out)
      out.append(UInt8(ascii: "]"))
    case .object(let members):
      guard !members.isEmpty else { return out += "{}".utf8 }
      out += "{\n".utf8
      for (offset, (key, value)) in members.enumerated() {
        Self.indent(indent + 1, &out)
        Escaping.appendJSON(key, to: &out)
        out += ": ".utf8
        value.write(into: &out, indent: indent + 1)
        out += (offset == members.count - 1 ? "\n" : ",\n").utf8
      }
      Self.indent(indent, &out)
      out.append(UInt8(ascii: "}"))
    }
  }

  /// Two spaces per level.
  private static func indent(_ level: Int, _ out: inout [UInt8]) {
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: level * 2))
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
