/// DOT text being written, one indented statement per line.
struct DOTDocument: Sendable {
  private(set) var text = ""
  private var depth = 0

  mutating func append(_ line: String) {
    text += String(repeating: "  ", count: depth) + line + "\n"
  }

  mutating func append(_ lines: [String]) {
    for line in lines { append(line) }
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
}
