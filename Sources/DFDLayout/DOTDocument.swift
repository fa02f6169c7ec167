/// DOT text being written, one indented statement per line, as UTF-8 bytes.
struct DOTDocument: Sendable {
  private(set) var bytes: [UInt8] = []
  private var depth = 0

  /// The document so far.
  var text: String { String(decoding: bytes, as: UTF8.self) }

  mutating func append(_ line: String) {
    indent()
    bytes.append(contentsOf: line.utf8)
    bytes.append(UInt8(ascii: "\n"))
  }

  mutating func append(_ lines: [String]) {
    for line in lines { append(line) }
  }

  /// `head [name=value ...];`, written straight into the document.
  mutating func append(_ head: String, _ attributes: DOTAttributes) {
    indent()
    bytes.append(contentsOf: head.utf8)
    attributes.writeBracketed(to: &bytes)
    bytes.append(contentsOf: ";\n".utf8)
  }

  /// One `name=value;` statement per attribute, for graph and cluster bodies.
  mutating func appendStatements(_ attributes: DOTAttributes) {
    for (name, value) in attributes.items {
      indent()
      bytes.append(contentsOf: name.rawValue.utf8)
      bytes.append(UInt8(ascii: "="))
      value.write(to: &bytes)
      bytes.append(contentsOf: ";\n".utf8)
    }
  }

  /// Starts a block: `header {`.
  mutating func open(_ header: String) {
    append(header + " {")
    depth += 1
  }

  /// Ends the innermost block.
  mutating func close() {
    depth -= 1
    append("}")
  }

  private mutating func indent() {
    bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * depth))
  }
}
