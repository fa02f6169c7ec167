import OutputEscaping

/// DOT text being written, one indented statement per line, straight into one UTF-8 buffer.
///
/// User text only enters through `text(_:)` (inside a quoted string), `html(_:)` (inside an
/// HTML-like label) and `quoted(_:)`, which escape it; `markup(_:)` and `number(_:)` write our
/// own constants. Attributes are written either as `name=value;` statements (graph and cluster
/// bodies) or as the bracketed list of a node or edge statement, `head [a="1" b=<…>];`.
///
/// The buffer is a `ByteBuffer`, so a document cannot be copied.
struct DOTDocument: ~Copyable {
  private var buffer: ByteBuffer
  private var depth = 0
  /// Whether attributes go into a bracketed list (else each is a statement of its own).
  private var inList = false
  /// How many attributes the current bracketed list has so far.
  private var listed = 0
  /// Whether the attribute being written is a tooltip, whose escapes Graphviz expands twice.
  private var inTooltip = false

  init(capacity: Int = 1 << 16) { buffer = ByteBuffer(capacity: capacity) }

  /// The document so far, as UTF-8 bytes.
  var bytes: [UInt8] { buffer.bytes }

  /// The document so far.
  var text: String { buffer.text }

  /// Our own constant text, as it is.
  mutating func markup(_ text: StaticString) { text.withUTF8Buffer { append($0) } }

  /// Our own text (style constants, names of cases), as it is.
  mutating func constant(_ text: String) {
    var text = text
    text.withUTF8 { append($0) }
  }

  /// The SVG slug of a model identifier (`SVGIdentifier.slug`: nothing in it needs escaping).
  mutating func slug(_ identifier: String) { SVGIdentifier.writeSlug(identifier) { byte($0) } }

  /// One byte of our own (an ASCII character).
  mutating func byte(_ byte: UInt8) { buffer.append(byte) }

  /// A non-negative number in decimal.
  mutating func number(_ value: Int) {
    if value >= 10 { number(value / 10) }
    byte(UInt8(ascii: "0") + UInt8(truncatingIfNeeded: value % 10))
  }

  /// User text inside a quoted DOT string, escaped as `Escaping.dotString` does, or inside a
  /// tooltip as `Escaping.dotTooltipContent` does.
  mutating func text(_ text: String) {
    if inTooltip {
      Escaping.writeDOTTooltipContent(text) { append($0) }
    } else {
      Escaping.writeDOTStringContent(text) { append($0) }
    }
  }

  /// User text inside an HTML-like label, escaped as `Escaping.dotHTML` does.
  mutating func html(_ text: String) {
    var text = text
    text.withUTF8 { html($0) }
  }

  /// Part of a user text's UTF-8 inside an HTML-like label, escaped as `Escaping.dotHTML` does.
  mutating func html(_ utf8: UnsafeBufferPointer<UInt8>) {
    Escaping.writeDOTHTML(utf8: utf8) { append($0) }
  }

  /// `text` as a quoted DOT string.
  mutating func quoted(_ text: String) {
    byte(UInt8(ascii: "\""))
    self.text(text)
    byte(UInt8(ascii: "\""))
  }

  private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) { buffer.append(bytes) }

  /// Starts a block: `keyword "name" {`.
  mutating func open(_ keyword: StaticString, name: String) {
    indent()
    markup(keyword)
    byte(UInt8(ascii: " "))
    quoted(name)
    markup(" {\n")
    depth += 1
    inList = false
  }

  /// Ends the innermost block.
  mutating func close() {
    depth -= 1
    indent()
    markup("}\n")
  }

  /// `"name";`, a node listed in a cluster.
  mutating func member(_ name: String) {
    indent()
    quoted(name)
    markup(";\n")
  }

  /// Starts a node statement, `"name" [`…; attributes follow, then `endStatement`.
  mutating func startNode(_ name: String) {
    startStatement()
    quoted(name)
  }

  /// Starts an edge statement, `"source" -> "target" [`…; attributes follow, then `endStatement`.
  mutating func startEdge(_ source: String, _ target: String) {
    startStatement()
    quoted(source)
    markup(" -> ")
    quoted(target)
  }

  /// Starts the defaults statement `node` or `edge`.
  mutating func startDefaults(_ keyword: StaticString) {
    startStatement()
    markup(keyword)
  }

  /// Ends a node, edge or defaults statement: `]` if it has attributes, then `;`.
  mutating func endStatement() {
    if listed > 0 { byte(UInt8(ascii: "]")) }
    markup(";\n")
    inList = false
  }

  /// `name="value"` for one of our own constants.
  mutating func attribute(_ name: DOTAttribute, _ value: StaticString) {
    attribute(name) { $0.markup(value) }
  }

  /// `name="value"` for text of our own making (slugs, colours, numbers), escaped all the same.
  mutating func attribute(_ name: DOTAttribute, token value: String) {
    attribute(name) { $0.text(value) }
  }

  /// `name="…"`, a quoted string whose inside `body` writes (user text through `text(_:)`).
  mutating func attribute(_ name: DOTAttribute, _ body: (inout DOTDocument) -> Void) {
    attribute(name, between: UInt8(ascii: "\""), and: UInt8(ascii: "\""), body)
  }

  /// `name=<…>`, an HTML-like label that `body` writes.
  mutating func htmlAttribute(_ name: DOTAttribute, _ body: (inout DOTDocument) -> Void) {
    attribute(name, between: UInt8(ascii: "<"), and: UInt8(ascii: ">"), body)
  }

  /// `name=` then what `body` writes between `opening` and `closing`.
  private mutating func attribute(
    _ name: DOTAttribute, between opening: UInt8, and closing: UInt8,
    _ body: (inout DOTDocument) -> Void
  ) {
    startAttribute(name)
    byte(opening)
    inTooltip = Self.tooltips.contains(name)
    body(&self)
    inTooltip = false
    byte(closing)
    endAttribute()
  }

  /// The attributes that Graphviz expands twice.
  private static let tooltips: Set<DOTAttribute> = [.tooltip, .labeltooltip, .edgetooltip]

  private mutating func startStatement() {
    indent()
    inList = true
    listed = 0
  }

  private mutating func startAttribute(_ name: DOTAttribute) {
    if inList {
      if listed == 0 { markup(" [") } else { byte(UInt8(ascii: " ")) }
      listed += 1
    } else {
      indent()
    }
    constant(name.rawValue)
    byte(UInt8(ascii: "="))
  }

  private mutating func endAttribute() {
    if !inList { markup(";\n") }
  }

  private mutating func indent() {
    for _ in 0..<(2 * depth) { byte(UInt8(ascii: " ")) }
  }
}
