import Diagnostics
import Yams

extension YAMLReader {
  /// The place of `node` in the catalogue: its text when it is a scalar written on one line,
  /// else its first character; the start of the file when there is no node.
  func range(of node: Node?) -> SourceRange {
    guard let mark = node?.mark else { return SourceRange(file: source.path, start: 0, end: 0) }
    let start = source.offset(line: mark.line, column: mark.column)
    let length = node?.scalar.map { scalarLength($0, at: start) } ?? 0
    return SourceRange(file: source.path, start: start, end: start + length)
  }

  /// The place `line:column` (1-based, as Yams counts) in the catalogue, as an empty range.
  func range(line: Int, column: Int) -> SourceRange {
    let start = source.offset(line: line, column: column)
    return SourceRange(file: source.path, start: start, end: start)
  }

  /// How many bytes the scalar takes at `start`: its text, with the quotes around it when it is
  /// quoted; 0 when the source there is not that text (escapes, several lines).
  private func scalarLength(_ scalar: Node.Scalar, at start: Int) -> Int {
    let text = Array(scalar.string.utf8)
    let bytes = source.bytes
    let quoted = scalar.style == .singleQuoted || scalar.style == .doubleQuoted
    let textStart = start + (quoted ? 1 : 0)
    let end = textStart + text.count + (quoted ? 1 : 0)
    guard !text.isEmpty, end <= bytes.count,
      Array(bytes[textStart..<textStart + text.count]) == text
    else { return 0 }
    if quoted, bytes[end - 1] != bytes[start] { return 0 }
    return end - start
  }
}
