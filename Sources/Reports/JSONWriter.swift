import OutputEscaping

/// Writes a JSON document as it goes: each value is appended to a buffer the moment it is
/// written, and the buffer is handed to `output` whenever it grows past `chunkSize`, so a
/// document is never held whole (nor as a tree of values).
///
/// Objects and arrays put each member on its own line, indented by two spaces per level; their
/// members come in the order they are written. Every string, keys included, is escaped by
/// `Escaping.json`.
struct JSONWriter {
  /// How a member's colon and an empty object or array are written.
  enum Layout {
    /// `"key": value`; `[]` and `{}` (SARIF, `diff --format json`).
    case standard
    /// JSONEncoder's pretty printing: `"key" : value`; an empty array or object is its
    /// brackets with a blank line between them (`threats --format json`, as it always was).
    case foundation
  }

  /// How much text is collected before it is handed to `output`.
  static let chunkSize = 1 << 16

  private let layout: Layout
  private let output: (String) -> Void
  private var buffer = ""
  /// How many members each open object or array has so far, innermost last.
  private var counts: [Int] = []
  /// Whether a key was just written, so the value follows on the same line.
  private var afterKey = false

  private init(_ layout: Layout, output: @escaping (String) -> Void) {
    self.layout = layout
    self.output = output
  }

  /// Writes the value that `body` writes, then a line break, handing the text to `output` in
  /// pieces, in order.
  static func write(
    _ layout: Layout, to output: (String) -> Void, _ body: (inout JSONWriter) -> Void
  ) {
    // The writer, and so `output`, does not outlive this call.
    withoutActuallyEscaping(output) { output in
      var writer = JSONWriter(layout, output: output)
      body(&writer)
      writer.finish()
    }
  }

  /// The text of the value `body` writes, ending with a line break.
  static func text(_ layout: Layout, _ body: (inout JSONWriter) -> Void) -> String {
    var text = ""
    write(layout, to: { text += $0 }, body)
    return text
  }

  /// Ends the document with a line break and hands on what is left.
  private mutating func finish() {
    buffer += "\n"
    output(buffer)
    buffer.removeAll(keepingCapacity: true)
  }

  mutating func string(_ value: String) {
    startValue()
    quoted(value)
  }

  mutating func number(_ value: Int) { write(String(value)) }

  mutating func null() { write("null") }

  /// An object whose members `body` writes (`key(_:)` before each value, or `member`).
  mutating func object(_ body: (inout JSONWriter) -> Void) { container("{", "}", body) }

  /// An array whose items `body` writes.
  mutating func array(_ body: (inout JSONWriter) -> Void) { container("[", "]", body) }

  /// An array of strings.
  mutating func strings(_ values: [String]) {
    array { for value in values { $0.string(value) } }
  }

  /// The key of an object's next member; its value is written next.
  mutating func key(_ name: String) {
    startValue()
    quoted(name)
    append(layout == .foundation ? " : " : ": ")
    afterKey = true
  }

  /// A string member; none when `value` is nil.
  mutating func member(_ name: String, _ value: String?) {
    guard let value else { return }
    key(name)
    string(value)
  }

  /// A string member whose value is `null` when `value` is nil.
  mutating func member(_ name: String, orNull value: String?) {
    key(name)
    if let value { string(value) } else { null() }
  }

  /// A number member.
  mutating func member(_ name: String, _ value: Int) {
    key(name)
    number(value)
  }

  /// A member whose value `body` writes.
  mutating func member(_ name: String, _ body: (inout JSONWriter) -> Void) {
    key(name)
    body(&self)
  }

  /// A member whose value is an array of strings.
  mutating func member(_ name: String, strings values: [String]) {
    key(name)
    strings(values)
  }

  /// A value that needs no escaping.
  private mutating func write(_ text: String) {
    startValue()
    append(text)
  }

  private mutating func container(
    _ open: String, _ close: String, _ body: (inout JSONWriter) -> Void
  ) {
    startValue()
    append(open)
    counts.append(0)
    body(&self)
    let count = counts.removeLast()
    if count > 0 {
      append("\n" + indent)
    } else if layout == .foundation {
      append("\n\n" + indent)
    }
    append(close)
  }

  /// The comma, line break and indentation before a value inside an object or array (none after
  /// a key, nor for the document's own value).
  private mutating func startValue() {
    if afterKey {
      afterKey = false
      return
    }
    guard let count = counts.last else { return }
    append(count > 0 ? ",\n" : "\n")
    counts[counts.count - 1] += 1
    append(indent)
  }

  private var indent: String {
    counts.count < Self.indents.count
      ? Self.indents[counts.count] : String(repeating: "  ", count: counts.count)
  }

  /// The indentation of the first levels, made once.
  private static let indents = (0..<12).map { String(repeating: "  ", count: $0) }

  /// `text` as a JSON string literal (`Escaping.json`), written without building the literal.
  private mutating func quoted(_ text: String) {
    append("\"")
    append(Escaping.jsonContent(text))
    append("\"")
  }

  private mutating func append(_ text: String) {
    buffer += text
    if buffer.utf8.count >= Self.chunkSize {
      output(buffer)
      buffer.removeAll(keepingCapacity: true)
    }
  }
}
