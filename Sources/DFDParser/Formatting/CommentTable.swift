/// The comments of a file, found between its tokens: the lexer skips them, so every run of text
/// between two tokens that is not white space is a comment, and the normal parse pays nothing.
struct CommentTable {
  /// One `#` or `//` comment, as written.
  struct Comment {
    /// The bytes from `#` or `//` to the end of the line, trailing white space left out.
    var range: Range<Int>
    /// Whether a token stands before it on its line (an end-of-line comment).
    var isTrailing: Bool
  }

  /// The comments, in file order.
  private(set) var comments: [Comment] = []
  /// How many comments have been written so far.
  private var next = 0

  init(bytes: [UInt8], tokens: [Token]) {
    var gapStart = 0
    var previous: Token?
    for token in tokens {
      if let range = Self.comment(in: bytes, gapStart..<token.range.lowerBound) {
        let isTrailing = previous.map { $0.kind != .newline } ?? false
        comments.append(Comment(range: range, isTrailing: isTrailing))
      }
      gapStart = token.range.upperBound
      previous = token
    }
  }

  /// The comment in the gap `gap` between two tokens, if any: from its first byte that is not
  /// white space to the end of the gap, trailing white space left out.
  private static func comment(in bytes: [UInt8], _ gap: Range<Int>) -> Range<Int>? {
    guard let start = gap.first(where: { !isSpace(bytes[$0]) }) else { return nil }
    var end = gap.upperBound
    while end > start, isSpace(bytes[end - 1]) { end -= 1 }
    return start..<end
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0C || byte == 0x0A
  }

  /// Takes the next comment when it starts before `offset`.
  mutating func take(before offset: Int) -> Comment? {
    guard next < comments.count, comments[next].range.lowerBound < offset else { return nil }
    defer { next += 1 }
    return comments[next]
  }

  /// Whether any comment starts inside `range`.
  func contains(in range: Range<Int>) -> Bool {
    var low = 0
    var high = comments.count
    while low < high {
      let middle = (low + high) / 2
      if comments[middle].range.lowerBound < range.lowerBound {
        low = middle + 1
      } else {
        high = middle
      }
    }
    return low < comments.count && comments[low].range.lowerBound < range.upperBound
  }
}
