/// A known column on a long line.
///
/// `offset` is at a character boundary and `column` is its 1-based column. Marks spaced along
/// long lines let a column be found without counting the characters of everything before it on
/// the line, which made many positions on one long line quadratic.
struct ColumnMark: Hashable, Sendable {
  /// The least distance between marks on a line, in bytes; shorter lines have none.
  static let spacing = 1024

  var offset: Int
  var column: Int

  /// Marks for every line longer than `spacing`, by line index.
  static func marks(_ bytes: [UInt8], lineStarts: [Int]) -> [Int: [ColumnMark]] {
    var result: [Int: [ColumnMark]] = [:]
    for (index, start) in lineStarts.enumerated() {
      let end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
      guard end - start > spacing else { continue }
      result[index] = marks(bytes, line: start..<end)
    }
    return result
  }

  /// Marks about every `spacing` bytes along one line, each at the first safe split after that.
  static func marks(_ bytes: [UInt8], line: Range<Int>) -> [ColumnMark] {
    var marks: [ColumnMark] = []
    var last = ColumnMark(offset: line.lowerBound, column: 1)
    var offset = line.lowerBound + spacing
    while offset < line.upperBound {
      if isSafeSplit(bytes, at: offset) {
        last = ColumnMark(
          offset: offset, column: last.column + characterCount(bytes, last.offset..<offset))
        marks.append(last)
        offset += spacing
      } else {
        offset += 1
      }
    }
    return marks
  }

  /// Whether the characters before `offset` and after it can be counted apart: with ASCII on
  /// both sides (and no CR LF pair) a character boundary is certain.
  static func isSafeSplit(_ bytes: [UInt8], at offset: Int) -> Bool {
    let (before, after) = (bytes[offset - 1], bytes[offset])
    return before < 0x80 && after < 0x80 && before != UInt8(ascii: "\r")
  }

  /// The number of `Character`s the bytes in `range` decode to.
  static func characterCount(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
    let slice = bytes[range]
    let isASCII = slice.allSatisfy { $0 < 0x80 && $0 != UInt8(ascii: "\r") }
    return isASCII ? slice.count : String(decoding: slice, as: UTF8.self).count
  }

  /// The last mark at or before `offset`, by binary search.
  static func last(in marks: [ColumnMark], atOrBefore offset: Int) -> ColumnMark? {
    var (low, high) = (0, marks.count)
    while low < high {
      let middle = (low + high) / 2
      if marks[middle].offset <= offset { low = middle + 1 } else { high = middle }
    }
    return low > 0 ? marks[low - 1] : nil
  }
}
