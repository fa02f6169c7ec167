/// The text of one model file, with a table of line starts for turning offsets into positions.
public struct SourceFile: Sendable {
  /// The path as the user named it.
  public let path: String
  /// The file's bytes.
  public let bytes: [UInt8]
  /// The UTF-8 offset at which each line starts.
  public let lineStarts: [Int]
  /// Known columns along lines longer than `ColumnMark.spacing`, by line index.
  let columnMarks: [Int: [ColumnMark]]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    var starts = [0]
    bytes.withUnsafeBufferPointer { buffer in
      for offset in buffer.indices where buffer[offset] == UInt8(ascii: "\n") {
        starts.append(offset + 1)
      }
    }
    self.lineStarts = starts
    self.columnMarks = ColumnMark.marks(bytes, lineStarts: starts)
  }

  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }
}

extension SourceFile {
  /// The 0-based index of the line that holds `offset`.
  public func lineIndex(of offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low
  }

  /// The byte range of line `index` (0-based), without its line break.
  public func lineRange(_ index: Int) -> Range<Int> {
    let start = lineStarts[index]
    var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<max(start, end)
  }

  /// The 1-based line and column of `offset`; columns count `Character`s.
  public func position(of offset: Int) -> (line: Int, column: Int) {
    let clamped = min(max(0, offset), bytes.count)
    return position(of: clamped, onLine: lineIndex(of: clamped))
  }

  /// The 1-based line and column of `offset`, which is known to be on line `index` (0-based).
  ///
  /// On a long line, the count starts at the nearest column mark, so it never scans far.
  package func position(of offset: Int, onLine index: Int) -> (line: Int, column: Int) {
    let clamped = min(max(0, offset), bytes.count)
    var from = ColumnMark(offset: lineStarts[index], column: 1)
    if !columnMarks.isEmpty, let marks = columnMarks[index] {
      from = ColumnMark.last(in: marks, atOrBefore: clamped) ?? from
    }
    return (index + 1, from.column + ColumnMark.characterCount(bytes, from.offset..<clamped))
  }

  /// The byte offset of a 1-based line and column (columns count `Character`s), clamped to the
  /// line: the inverse of `position(of:)`.
  public func offset(line: Int, column: Int) -> Int {
    guard line >= 1, line <= lineStarts.count else { return bytes.count }
    let range = lineRange(line - 1)
    let text = String(decoding: bytes[range], as: UTF8.self)
    let prefix = text.prefix(max(0, column - 1))
    return range.lowerBound + prefix.utf8.count
  }
}
