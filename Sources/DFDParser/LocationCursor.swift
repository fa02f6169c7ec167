import DFDModel
import Diagnostics

/// Turns ranges of one file into `SourceLocation`s, quickly when they come in increasing order
/// (as declarations do): each line search starts from the line of the previous offset.
struct LocationCursor {
  /// How many lines ahead a forward scan may go before a binary search is quicker.
  private static let scanLimit = 8

  let file: SourceFile
  private var line = 0

  init(_ file: SourceFile) {
    self.file = file
  }

  /// The location of `range`, which must be in `file`.
  mutating func location(of range: SourceRange) -> SourceLocation {
    let start = position(of: range.start)
    let end = position(of: range.end)
    return SourceLocation(
      file: file.path, line: start.line, column: start.column, endLine: end.line,
      endColumn: end.column)
  }

  /// The same as `SourceFile.position(of:)`.
  mutating func position(of offset: Int) -> (line: Int, column: Int) {
    let clamped = min(max(0, offset), file.bytes.count)
    let starts = file.lineStarts
    let nearby = min(line + Self.scanLimit, starts.count - 1)
    if starts[line] <= clamped, starts[nearby] > clamped || nearby == starts.count - 1 {
      while line + 1 < starts.count, starts[line + 1] <= clamped { line += 1 }
    } else {
      line = file.lineIndex(of: clamped)
    }
    return file.position(of: clamped, onLine: line)
  }
}
