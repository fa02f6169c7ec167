/// The lines a formatter writes, with the comments and blank lines of the source put back.
///
/// Everything is written in source order. Before a piece of syntax starts a line, the comments
/// that come before it in the source are written: an end-of-line comment goes at the end of the
/// line written last, a comment on its own line goes on its own line. A blank line (or a run of
/// them) in the source between two lines becomes one blank line, except right after an opening
/// `{` or `[` and before a closing one.
struct FormattedText {
  /// How many spaces one level of nesting indents.
  static let indentWidth = 2

  let bytes: [UInt8]
  var comments: CommentTable
  private(set) var lines: [String] = []
  /// The end of the source written last, for finding blank lines.
  private var sourceEnd = 0
  /// Whether the last line opened a block or list (so no blank line may follow it).
  private var afterOpening = true

  init(bytes: [UInt8], comments: CommentTable) {
    self.bytes = bytes
    self.comments = comments
  }

  /// Spaces for nesting `depth`.
  static func indent(_ depth: Int) -> String { String(repeating: " ", count: depth * indentWidth) }

  /// Starts a line at `depth` for the syntax at `offset`, after the comments before it.
  mutating func startLine(_ text: String, depth: Int, at offset: Int) {
    writeComments(before: offset, depth: depth)
    blankLineIfSource(before: offset)
    lines.append(Self.indent(depth) + text)
    afterOpening = false
  }

  /// Starts a line that closes a block or list: comments inside it first, at `depth + 1`.
  mutating func closeLine(_ text: String, depth: Int, at offset: Int) {
    writeComments(before: offset, depth: depth + 1)
    lines.append(Self.indent(depth) + text)
    sourceEnd = offset + 1
    afterOpening = false
  }

  /// The width in characters of the line being written, after its last line break.
  var currentWidth: Int {
    guard let line = lines.last else { return 0 }
    return line.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0
  }

  /// Adds `text` to the line being written.
  mutating func append(_ text: String) {
    if lines.isEmpty { lines.append("") }
    lines[lines.count - 1] += text
  }

  /// Records that the source up to `offset` has been written.
  mutating func wrote(upTo offset: Int) {
    sourceEnd = max(sourceEnd, offset)
  }

  /// Records that the last line opened a block or list.
  mutating func opened(upTo offset: Int) {
    sourceEnd = max(sourceEnd, offset)
    afterOpening = true
  }

  /// Writes the comments that start before `offset`.
  mutating func writeComments(before offset: Int, depth: Int) {
    while let comment = comments.take(before: offset) {
      let text = String(decoding: bytes[comment.range], as: UTF8.self)
      if comment.isTrailing, !lines.isEmpty {
        append("  " + text)
      } else {
        blankLineIfSource(before: comment.range.lowerBound)
        lines.append(Self.indent(depth) + text)
        afterOpening = false
      }
      sourceEnd = comment.range.upperBound
    }
  }

  /// Adds a blank line when the source has one between what was written last and `offset`.
  private mutating func blankLineIfSource(before offset: Int) {
    guard !afterOpening, !lines.isEmpty, sourceEnd < offset else { return }
    var newlines = 0
    for index in sourceEnd..<offset where bytes[index] == 0x0A { newlines += 1 }
    if newlines >= 2 { lines.append("") }
  }

  /// The text: every line, trailing spaces removed, ending with one line break.
  mutating func finish(depth: Int) -> String {
    writeComments(before: bytes.count + 1, depth: depth)
    while lines.last?.isEmpty == true { lines.removeLast() }
    guard !lines.isEmpty else { return "" }
    return lines.map(Self.trimmingTrailingSpaces).joined(separator: "\n") + "\n"
  }

  private static func trimmingTrailingSpaces(_ line: String) -> String {
    var line = Substring(line)
    while line.last == " " { line.removeLast() }
    return String(line)
  }
}
