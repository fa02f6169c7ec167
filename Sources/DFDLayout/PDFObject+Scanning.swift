extension PDFObject {
  /// Reads whitespace-separated integers and words from PDF bytes.
  struct Scanner {
    var bytes: ArraySlice<UInt8>
    var index: Int

    /// The next word (bytes up to whitespace), or nil at the end.
    mutating func word() -> String? {
      while index < bytes.endIndex, isSpace(bytes[index]) { index += 1 }
      let start = index
      while index < bytes.endIndex, !isSpace(bytes[index]) { index += 1 }
      return start == index ? nil : String(decoding: bytes[start..<index], as: UTF8.self)
    }

    /// The next word as a non-negative integer, or nil.
    mutating func integer() -> Int? {
      guard let word = word(), word.utf8.count < 12, word.utf8.allSatisfy(isDigit) else {
        return nil
      }
      return Int(word)
    }
  }

  static func isSpace(_ byte: UInt8) -> Bool {
    byte == 32 || byte == 10 || byte == 13 || byte == 9 || byte == 12 || byte == 0
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

  /// Whether `byte` may be part of a name or number (neither whitespace nor a delimiter).
  static func isRegular(_ byte: UInt8) -> Bool {
    !isSpace(byte) && !"()<>[]{}/%".utf8.contains(byte)
  }

  /// `a g R` starting at `index`: the numbers and the index after `R`, or nil.
  static func referenceAt(_ text: [UInt8], _ index: Int) -> (Int, Int, Int)? {
    var position = index
    func digits() -> Int? {
      let start = position
      while position < text.count, isDigit(text[position]), position - start < 10 { position += 1 }
      guard position > start else { return nil }
      return Int(String(decoding: text[start..<position], as: UTF8.self))
    }
    func spaces() -> Bool {
      let start = position
      while position < text.count, isSpace(text[position]) { position += 1 }
      return position > start
    }
    guard let number = digits(), spaces(), let generation = digits(), spaces(),
      position < text.count, text[position] == UInt8(ascii: "R"),
      position + 1 == text.count || !isRegular(text[position + 1])
    else { return nil }
    return (number, generation, position + 1)
  }

  /// The index after the literal string that opens at `start` (nested brackets, escapes).
  static func stringEnd(_ text: [UInt8], from start: Int) -> Int {
    var depth = 0
    var index = start
    while index < text.count {
      switch text[index] {
      case UInt8(ascii: "\\"): index += 1
      case UInt8(ascii: "("): depth += 1
      case UInt8(ascii: ")"):
        depth -= 1
        if depth == 0 { return index + 1 }
      default: break
      }
      index += 1
    }
    return text.count
  }

  /// Where `key` starts in `text` as a whole token (not followed by a regular byte).
  static func occurrences(of key: String, in text: [UInt8]) -> [Int] {
    let needle = Array(key.utf8)
    guard needle.count <= text.count else { return [] }
    var found: [Int] = []
    for start in 0...(text.count - needle.count)
    where text[start..<(start + needle.count)].elementsEqual(needle)
      && (start + needle.count == text.count || !isRegular(text[start + needle.count]))
    {
      found.append(start)
    }
    return found
  }

  static func firstIndex(of key: String, in text: [UInt8]) -> Int? {
    let needle = Array(key.utf8)
    guard needle.count <= text.count else { return nil }
    return (0...(text.count - needle.count)).first {
      text[$0..<($0 + needle.count)].elementsEqual(needle)
    }
  }

  static func lastIndex(of key: String, in text: ArraySlice<UInt8>) -> Int? {
    let needle = Array(key.utf8)
    guard needle.count <= text.count else { return nil }
    var start = text.endIndex - needle.count
    while start >= text.startIndex {
      if text[start..<(start + needle.count)].elementsEqual(needle) { return start }
      start -= 1
    }
    return nil
  }
}

/// A PDF being written: objects in any order, then the cross-reference table and trailer.
struct PDFOutput {
  private(set) var bytes: [UInt8] = Array("%PDF-1.5\n%".utf8) + [0xE2, 0xE3, 0xCF, 0xD3, 10]
  private var offsets: [Int: Int] = [:]

  /// Object `number` with a body of `head` then `tail` (the stream, when there is one).
  mutating func add(_ number: Int, head: [UInt8], tail: [UInt8]) {
    offsets[number] = bytes.count
    bytes += Array("\(number) 0 obj\n".utf8) + head + tail + Array("\nendobj\n".utf8)
  }

  mutating func add(_ number: Int, text: String) { add(number, head: Array(text.utf8), tail: []) }

  /// A stream object holding `content`.
  mutating func addStream(_ number: Int, _ content: String) {
    let data = Array(content.utf8)
    add(
      number, head: Array("<< /Length \(data.count) >>\n".utf8),
      tail: Array("stream\n".utf8) + data + Array("\nendstream".utf8))
  }

  /// The finished file, with `root` as the catalog.
  func finished(root: Int) -> [UInt8] {
    var result = bytes
    let start = result.count
    let size = (offsets.keys.max() ?? 0) + 1
    result += Array("xref\n0 \(size)\n0000000000 65535 f \n".utf8)
    for number in 1..<size {
      if let offset = offsets[number] {
        var digits = String(offset)
        while digits.count < 10 { digits = "0" + digits }
        result += Array("\(digits) 00000 n \n".utf8)
      } else {
        result += Array("0000000000 65535 f \n".utf8)
      }
    }
    result += Array(
      "trailer\n<< /Size \(size) /Root \(root) 0 R >>\nstartxref\n\(start)\n%%EOF\n".utf8)
    return result
  }
}
