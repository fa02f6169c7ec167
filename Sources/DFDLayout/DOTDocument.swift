import OutputEscaping

/// DOT text being written, one indented statement per line.
///
/// User text only enters through `text(_:)` (inside a quoted string), `html(_:)` (inside an
/// HTML-like label) and `quoted(_:)`, which escape it; `markup(_:)` and `number(_:)` write our
/// own constants. Attributes are written either as `name=value;` statements (graph and cluster
/// bodies) or as the bracketed list of a node or edge statement, `head [a="1" b=<…>];`.
struct DOTDocument {
  /// The document so far.
  private(set) var text = ""
  private var depth = 0
  /// Whether attributes go into a bracketed list (else each is a statement of its own).
  private var inList = false
  /// How many attributes the current bracketed list has so far.
  private var listed = 0
  /// Whether the attribute being written is a tooltip, whose escapes Graphviz expands twice.
  private var inTooltip = false

  init(capacity: Int = 1 << 16) { text.reserveCapacity(capacity) }

  /// Our own constant text, as it is.
  mutating func markup(_ text: StaticString) { self.text += text.description }

  /// Our own text (style constants, names of cases), as it is.
  mutating func constant(_ text: String) { self.text += text }

  /// The SVG slug of a model identifier (`SVGIdentifier.slug`: nothing in it needs escaping).
  mutating func slug(_ identifier: String) { text += SVGIdentifier.slug(identifier) }

  /// One byte of our own (an ASCII character).
  mutating func byte(_ byte: UInt8) { text.unicodeScalars.append(Unicode.Scalar(byte)) }

  /// A number in decimal.
  mutating func number(_ value: Int) { text += String(value) }

  /// User text inside a quoted DOT string, escaped with `Escaping.dotStringContent`, or inside a
  /// tooltip with `Escaping.dotTooltipContent`.
  mutating func text(_ text: String) {
    self.text += inTooltip ? Escaping.dotTooltipContent(text) : Escaping.dotStringContent(text)
  }

  /// User text inside an HTML-like label, escaped with `Escaping.dotHTML`.
  mutating func html(_ text: String) { self.text += Escaping.dotHTML(text) }

  /// `text` as a quoted DOT string.
  mutating func quoted(_ text: String) {
    byte(UInt8(ascii: "\""))
    self.text(text)
    byte(UInt8(ascii: "\""))
  }

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
