/// A span of bytes in one file: UTF-8 offsets, end exclusive.
public struct SourceRange: Hashable, Sendable {
  /// The file's path as the loader named it.
  public var file: String
  public var start: Int
  public var end: Int

  public init(file: String, start: Int, end: Int) {
    self.file = file
    self.start = start
    self.end = max(start, end)
  }

  public init(file: String, _ range: Range<Int>) {
    self.init(file: file, start: range.lowerBound, end: range.upperBound)
  }

  /// Whether the span is empty (a position between two bytes).
  public var isEmpty: Bool { start == end }
}
