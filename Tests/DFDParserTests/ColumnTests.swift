import DFDModel
import DFDParser
import Diagnostics
import Testing

/// Columns on very long lines, where `SourceFile` counts from marks rather than the line start.
struct ColumnTests {
  /// The column as the definition says: characters from the start of the line, plus one.
  static func naiveColumn(_ bytes: [UInt8], _ offset: Int) -> Int {
    let start = bytes[..<offset].lastIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? 0
    return String(decoding: bytes[start..<offset], as: UTF8.self).count + 1
  }

  @Test func longLineColumnsMatchCountingFromTheLineStart() {
    // Accents, combining marks, a CR LF pair, invalid bytes and emoji, over many marks' spacing.
    var bytes: [UInt8] = []
    let pieces: [[UInt8]] = [
      Array("abc ".utf8), Array("é".utf8), Array("e\u{301}".utf8), [0x0D, 0x0A], [0xFF, 0xC3],
      Array("👩‍👩‍👧 ".utf8), Array("\"x\" ".utf8),
    ]
    for index in 0..<6_000 { bytes += pieces[index % pieces.count] }
    let file = SourceFile(path: "long.dfd", bytes: bytes)
    for offset in stride(from: 0, through: bytes.count, by: 97) {
      let (line, column) = file.position(of: offset)
      let lineStart = file.lineStarts[line - 1]
      #expect(line == file.lineIndex(of: offset) + 1)
      #expect(
        column == Self.naiveColumn(bytes, offset), "offset \(offset), line start \(lineStart)")
    }
  }

  @Test func declarationsOnOneLongLineGetTheirColumns() throws {
    let count = 3_000
    let text =
      (0..<count).map { "service s\($0)" }.joined(separator: "; ")
      + "; " + (1..<count).map { "s\($0 - 1) -> s\($0)" }.joined(separator: "; ")
    let model = load(text)
    #expect(model.diagnostics.isEmpty)
    let resolved = try #require(model.resolved)
    let bytes = Array(text.utf8)
    for index in stride(from: 0, to: count, by: 131) {
      let location = try #require(resolved.sourceMap["s\(index)"])
      let offset = try #require(text.utf8.ranges(of: "service s\(index);".utf8).first).lowerBound
      let column = Self.naiveColumn(
        bytes, text.utf8.distance(from: text.utf8.startIndex, to: offset))
      #expect(location.line == 1)
      #expect(location.column == column + "service ".count)
    }
  }
}
