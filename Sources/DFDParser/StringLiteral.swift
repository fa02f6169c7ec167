/// Decodes the text of a string token: escapes, and for `"""` strings the common indentation.
struct StringLiteral {
  /// Something wrong inside a string.
  enum Problem: Hashable {
    case invalidEscape(Range<Int>)
    case invalidUTF8(Range<Int>)
    case nulByte(Range<Int>)
  }

  var value: String
  var problems: [Problem]

  /// Decodes a `.string`, `.multilineString` or `.unterminatedString` token.
  init(_ bytes: [UInt8], _ token: Token) {
    let range = token.range
    let isMultiline =
      token.kind == .multilineString
      || (range.count >= 3 && bytes[range.lowerBound + 1] == 0x22
        && bytes[range.lowerBound + 2] == 0x22)
    let quote = isMultiline ? 3 : 1
    let contentStart = min(range.lowerBound + quote, range.upperBound)
    var contentEnd = range.upperBound
    if token.kind != .unterminatedString { contentEnd = max(contentStart, contentEnd - quote) }
    problems = []
    value = ""
    if isMultiline {
      let lines = Self.dedentedLines(bytes, contentStart..<contentEnd)
      var text = ""
      for (number, line) in lines.enumerated() {
        if number > 0 { text += "\n" }
        text += decode(bytes, line)
      }
      value = text
    } else {
      value = decode(bytes, contentStart..<contentEnd)
    }
  }

  /// Decodes escapes in `range`, recording problems.
  private mutating func decode(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    var plain = true
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == 0x5C || byte == 0 {
        plain = false
        break
      }
      if byte >= 0x80 {
        guard let length = UTF8Scanner.sequenceLength(bytes, at: index),
          index + length <= range.upperBound
        else {
          plain = false
          break
        }
        index += length
      } else {
        index += 1
      }
    }
    if plain { return String(decoding: bytes[range], as: UTF8.self) }
    return decodeSlowly(bytes, range)
  }

  private mutating func decodeSlowly(_ bytes: [UInt8], _ range: Range<Int>) -> String {
    var output: [UInt8] = []
    output.reserveCapacity(range.count)
    var index = range.lowerBound
    while index < range.upperBound {
      let byte = bytes[index]
      if byte == 0 {
        problems.append(.nulByte(index..<index + 1))
        index += 1
      } else if byte == 0x5C {
        index = escape(bytes, at: index, end: range.upperBound, into: &output)
      } else if byte >= 0x80 {
        if let length = UTF8Scanner.sequenceLength(bytes, at: index),
          index + length <= range.upperBound
        {
          output.append(contentsOf: bytes[index..<index + length])
          index += length
        } else {
          let length = UTF8Scanner.invalidRunLength(bytes, at: index, limit: range.upperBound)
          problems.append(.invalidUTF8(index..<index + length))
          index += length
        }
      } else {
        output.append(byte)
        index += 1
      }
    }
    return String(decoding: output, as: UTF8.self)
  }

  /// Decodes the escape at `index` (a backslash); returns the index after it.
  private mutating func escape(
    _ bytes: [UInt8], at index: Int, end: Int, into output: inout [UInt8]
  ) -> Int {
    guard index + 1 < end else {
      problems.append(.invalidEscape(index..<index + 1))
      return index + 1
    }
    switch bytes[index + 1] {
    case UInt8(ascii: "\""): output.append(0x22)
    case UInt8(ascii: "\\"): output.append(0x5C)
    case UInt8(ascii: "n"): output.append(0x0A)
    case UInt8(ascii: "t"): output.append(0x09)
    case UInt8(ascii: "u"):
      var cursor = index + 2
      guard cursor < end, bytes[cursor] == UInt8(ascii: "{") else {
        problems.append(.invalidEscape(index..<index + 2))
        return index + 2
      }
      cursor += 1
      var scalarValue: UInt32 = 0
      var digits = 0
      while cursor < end, digits <= 8, let digit = Self.hexValue(bytes[cursor]) {
        scalarValue = scalarValue &* 16 &+ digit
        digits += 1
        cursor += 1
      }
      guard cursor < end, bytes[cursor] == UInt8(ascii: "}"), (1...8).contains(digits),
        let scalar = Unicode.Scalar(scalarValue), scalarValue != 0
      else {
        problems.append(.invalidEscape(index..<min(cursor + 1, end)))
        return min(cursor + 1, end)
      }
      output.append(contentsOf: Array(String(Character(scalar)).utf8))
      return cursor + 1
    default:
      let length = UTF8Scanner.sequenceLength(bytes, at: index + 1) ?? 1
      problems.append(.invalidEscape(index..<min(end, index + 1 + length)))
      return min(end, index + 1 + length)
    }
    return index + 2
  }

  private static func hexValue(_ byte: UInt8) -> UInt32? {
    switch byte {
    case 0x30...0x39: return UInt32(byte - 0x30)
    case 0x41...0x46: return UInt32(byte - 0x41 + 10)
    case 0x61...0x66: return UInt32(byte - 0x61 + 10)
    default: return nil
    }
  }

  /// The lines of a `"""` string: a line break right after the opening quotes and a blank last
  /// line are dropped, and the indentation common to all non-blank lines is removed.
  static func dedentedLines(_ bytes: [UInt8], _ range: Range<Int>) -> [Range<Int>] {
    var lines: [Range<Int>] = []
    var start = range.lowerBound
    for index in range where bytes[index] == 0x0A {
      lines.append(start..<index)
      start = index + 1
    }
    lines.append(start..<range.upperBound)
    func isBlank(_ line: Range<Int>) -> Bool {
      line.allSatisfy { [0x20, 0x09, 0x0D].contains(bytes[$0]) }
    }
    if lines.count > 1, isBlank(lines[0]) { lines.removeFirst() }
    if lines.count > 1, let last = lines.last, isBlank(last) { lines.removeLast() }
    let indents = lines.filter { !isBlank($0) }.map { line in
      line.prefix { bytes[$0] == 0x20 || bytes[$0] == 0x09 }.count
    }
    let common = indents.min() ?? 0
    return lines.map { line in
      let trimmedEnd =
        line.upperBound > line.lowerBound && bytes[line.upperBound - 1] == 0x0D
        ? line.upperBound - 1 : line.upperBound
      return min(line.lowerBound + common, trimmedEnd)..<trimmedEnd
    }
  }
}
