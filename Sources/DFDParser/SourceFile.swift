import DFDModel

/// The text of one model file, with a table of line starts for turning offsets into positions.
public struct SourceFile: Sendable {
  /// The path as the user named it.
  public let path: String
  /// The file's bytes.
  public let bytes: [UInt8]
  /// The UTF-8 offset at which each line starts.
  public let lineStarts: [Int]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
    var starts = [0]
    for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(offset + 1)
    }
    self.lineStarts = starts
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
  func position(of offset: Int, onLine index: Int) -> (line: Int, column: Int) {
    let clamped = min(max(0, offset), bytes.count)
    let start = lineStarts[index]
    let prefix = bytes[start..<clamped]
    let isASCII = prefix.allSatisfy { $0 < 0x80 && $0 != 0x0D }
    let column = (isASCII ? prefix.count : String(decoding: prefix, as: UTF8.self).count) + 1
    return (index + 1, column)
  }

  /// The `SourceLocation` of a range in this file.
  public func location(of range: SourceRange) -> SourceLocation {
    let start = position(of: range.start)
    let end = position(of: range.end)
    return SourceLocation(
      file: path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column)
  }
}
