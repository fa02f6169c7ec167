import DFDModel
import Foundation
import OutputEscaping

/// Writes the `findings` array of the JSON document byte for byte as `JSONEncoder` writes it
/// with pretty printing, sorted keys and unescaped slashes, one finding after another into one
/// buffer (encoding them all at once held every finding's values at the same time).
struct FindingsJSONWriter {
  private(set) var bytes: [UInt8] = []
  let sourceMap: SourceMap?

  /// Writes the findings as the members of an array whose `[` sits at `indent`.
  mutating func writeArray(_ findings: [Finding], indent: Int) {
    array(findings, indent: indent) { writer, finding, indent in
      writer.entry(finding, indent: indent)
    }
  }

  /// One finding's object, its members in sorted key order.
  private mutating func entry(_ finding: Finding, indent: Int) {
    let triage = finding.triage
    var members = Members(indent: indent)
    members.open(&self)
    if let ask = finding.ask { members.string("ask", ask, &self) }
    members.string("basis", finding.basis.rawValue, &self)
    if let by = triage?.by { members.string("by", by, &self) }
    if !finding.clearedBy.isEmpty { members.strings("clearedBy", finding.clearedBy, &self) }
    if let date = triage?.date { members.string("date", date, &self) }
    members.string("description", finding.description, &self)
    members.string("id", finding.id, &self)
    if let linddun = finding.linddun { members.string("linddun", linddun.rawValue, &self) }
    if let location = sourceMap?[finding.target] {
      members.key("location", &self)
      var inner = Members(indent: indent + 2)
      inner.open(&self)
      inner.number("column", location.column, &self)
      inner.string("file", location.file, &self)
      inner.number("line", location.line, &self)
      inner.close(&self)
    }
    members.strings("mitigations", finding.mitigations, &self)
    if let note = triage?.note { members.string("note", note, &self) }
    members.key("references", &self)
    array(finding.references, indent: indent + 2) { writer, reference, indent in
      var inner = Members(indent: indent)
      inner.open(&writer)
      inner.string("id", reference.id, &writer)
      inner.string("system", reference.system, &writer)
      if let title = reference.title { inner.string("title", title, &writer) }
      inner.close(&writer)
    }
    members.string("rule", finding.rule, &self)
    members.string("severity", finding.severity.rawValue, &self)
    members.string("status", finding.status.rawValue, &self)
    members.strings("stride", finding.stride.map(\.rawValue), &self)
    members.string("target", finding.target, &self)
    members.string("targetKind", finding.targetKind.rawValue, &self)
    if let ticket = triage?.ticket { members.string("ticket", ticket, &self) }
    members.string("title", finding.title, &self)
    members.key("why", &self)
    array(finding.why, indent: indent + 2) { writer, evidence, indent in
      var inner = Members(indent: indent)
      inner.open(&writer)
      if let detail = evidence.detail { inner.string("detail", detail, &writer) }
      inner.string("origin", evidence.origin.rawValue, &writer)
      inner.string("path", evidence.path, &writer)
      inner.string("value", evidence.value, &writer)
      inner.close(&writer)
    }
    members.close(&self)
  }

  /// `[`, the items each on its own line two spaces in, `]`; an empty array is `[`, a blank
  /// line and `]`, as JSONEncoder writes it.
  fileprivate mutating func array<Item>(
    _ items: [Item], indent: Int, _ write: (inout FindingsJSONWriter, Item, Int) -> Void
  ) {
    bytes.append(UInt8(ascii: "["))
    bytes.append(UInt8(ascii: "\n"))
    for (position, item) in items.enumerated() {
      if position > 0 { append(",\n") }
      spaces(indent + 2)
      write(&self, item, indent + 2)
    }
    bytes.append(UInt8(ascii: "\n"))
    spaces(indent)
    bytes.append(UInt8(ascii: "]"))
  }

  fileprivate mutating func spaces(_ count: Int) {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: count))
  }

  fileprivate mutating func digits(_ value: Int) {
    bytes.append(contentsOf: String(value).utf8)
  }

  fileprivate mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// A JSON string: bidirectional controls spelled out (`Escaping.showingBidiControls`, as in
  /// every output), then quotes, backslashes and line breaks escaped as JSONEncoder escapes
  /// them; text with any other control character is left to JSONEncoder itself.
  mutating func string(_ text: String) {
    let text = Escaping.showingBidiControls(text)
    let utf8 = text.utf8
    if utf8.contains(where: { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) {
      bytes.append(contentsOf: Self.encoded(text))
      return
    }
    bytes.append(UInt8(ascii: "\""))
    for byte in utf8 {
      switch byte {
      case UInt8(ascii: "\""): append("\\\"")
      case UInt8(ascii: "\\"): append("\\\\")
      case 0x0A: append("\\n")
      case 0x0D: append("\\r")
      case 0x09: append("\\t")
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// `text` as JSONEncoder writes a string with these options.
  static func encoded(_ text: String) -> [UInt8] {
    (try? Array(FindingsJSON.encoder().encode(text))) ?? Array("\"\"".utf8)
  }
}

/// The members of one object being written: `{`, `"key" : value` lines, `}`.
private struct Members {
  let indent: Int
  private var count = 0

  init(indent: Int) { self.indent = indent }

  func open(_ writer: inout FindingsJSONWriter) { writer.append("{") }

  func close(_ writer: inout FindingsJSONWriter) {
    writer.append("\n")
    writer.spaces(indent)
    writer.append("}")
  }

  /// The line break, indentation and `"key" : ` before a member's value.
  mutating func key(_ name: StaticString, _ writer: inout FindingsJSONWriter) {
    writer.append(count == 0 ? "\n" : ",\n")
    count += 1
    writer.spaces(indent + 2)
    writer.append("\"")
    writer.append(name)
    writer.append("\" : ")
  }

  mutating func string(_ name: StaticString, _ value: String, _ writer: inout FindingsJSONWriter) {
    key(name, &writer)
    writer.string(value)
  }

  mutating func number(_ name: StaticString, _ value: Int, _ writer: inout FindingsJSONWriter) {
    key(name, &writer)
    writer.digits(value)
  }

  mutating func strings(
    _ name: StaticString, _ values: [String], _ writer: inout FindingsJSONWriter
  ) {
    key(name, &writer)
    writer.array(values, indent: indent + 2) { writer, value, _ in writer.string(value) }
  }
}
