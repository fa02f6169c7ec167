/// Splits SVG (XML) text into tags and text, byte by byte; tolerant of anything it does not know.
///
/// Tokens are ranges of `bytes`.
struct SVGScanner {
  /// A start tag: its name, attributes in order, and whether it closes itself.
  struct Tag {
    struct Attribute {
      var name: Range<Int>
      var value: Range<Int>
    }
    var name: Range<Int>
    var attributes: [Attribute]
    var selfClosing: Bool
  }

  enum Token {
    case text(Range<Int>)
    case cdata(Range<Int>)
    case open(Tag)
    case close(Range<Int>)
    /// A comment, processing instruction or declaration.
    case skipped
  }

  let bytes: [UInt8]
  private var position = 0

  init(_ bytes: [UInt8]) { self.bytes = bytes }

  mutating func next() -> Token? {
    guard position < bytes.count else { return nil }
    guard bytes[position] == UInt8(ascii: "<") else {
      let start = position
      while position < bytes.count && bytes[position] != UInt8(ascii: "<") { position += 1 }
      return .text(start..<position)
    }
    if starts(with: "<!--") { return skip(past: "-->") }
    if starts(with: "<![CDATA[") {
      let start = position + 9
      let end = find("]]>", from: start) ?? bytes.count
      position = min(bytes.count, end + 3)
      return .cdata(start..<end)
    }
    if starts(with: "<?") { return skip(past: "?>") }
    if starts(with: "<!") { return skipDeclaration() }
    if starts(with: "</") {
      position += 2
      let name = readName()
      while position < bytes.count && bytes[position] != UInt8(ascii: ">") { position += 1 }
      position += 1
      return .close(name)
    }
    position += 1
    let name = readName()
    guard !name.isEmpty else { return .text((position - 1)..<position) }
    var attributes: [Tag.Attribute] = []
    var selfClosing = false
    while position < bytes.count {
      skipSpace()
      guard position < bytes.count else { break }
      let byte = bytes[position]
      if byte == UInt8(ascii: ">") { position += 1; break }
      if byte == UInt8(ascii: "/") { selfClosing = true; position += 1; continue }
      let attributeName = readName()
      if attributeName.isEmpty { position += 1; continue }
      selfClosing = false
      skipSpace()
      var value = position..<position
      if position < bytes.count && bytes[position] == UInt8(ascii: "=") {
        position += 1
        skipSpace()
        value = readValue()
      }
      attributes.append(.init(name: attributeName, value: value))
    }
    return .open(Tag(name: name, attributes: attributes, selfClosing: selfClosing))
  }

  private func starts(with prefix: StaticString) -> Bool {
    let count = prefix.utf8CodeUnitCount
    guard position + count <= bytes.count else { return false }
    return prefix.withUTF8Buffer { buffer in
      (0..<count).allSatisfy { bytes[position + $0] == buffer[$0] }
    }
  }

  private func find(_ needle: StaticString, from start: Int) -> Int? {
    needle.withUTF8Buffer { buffer -> Int? in
      var index = start
      while index + buffer.count <= bytes.count {
        if (0..<buffer.count).allSatisfy({ bytes[index + $0] == buffer[$0] }) { return index }
        index += 1
      }
      return nil
    }
  }

  private mutating func skip(past terminator: StaticString) -> Token {
    let end = find(terminator, from: position + 2) ?? bytes.count
    position = min(bytes.count, end + terminator.utf8CodeUnitCount)
    return .skipped
  }

  /// `<!DOCTYPE ...>`, including an internal subset in brackets.
  private mutating func skipDeclaration() -> Token {
    var depth = 0
    while position < bytes.count {
      let byte = bytes[position]
      position += 1
      if byte == UInt8(ascii: "[") { depth += 1 }
      if byte == UInt8(ascii: "]") { depth -= 1 }
      if byte == UInt8(ascii: ">") && depth <= 0 { break }
    }
    return .skipped
  }

  private mutating func skipSpace() {
    while position < bytes.count && Self.isSpace(bytes[position]) { position += 1 }
  }

  private mutating func readName() -> Range<Int> {
    let start = position
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "="),
        UInt8(ascii: "<"):
        return start..<position
      default: position += 1
      }
    }
    return start..<position
  }

  private mutating func readValue() -> Range<Int> {
    guard position < bytes.count else { return position..<position }
    let quote = bytes[position]
    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
      let start = position + 1
      var end = start
      while end < bytes.count && bytes[end] != quote { end += 1 }
      position = min(bytes.count, end + 1)
      return start..<end
    }
    let start = position
    while position < bytes.count && !Self.isSpace(bytes[position])
      && bytes[position] != UInt8(ascii: ">")
    {
      position += 1
    }
    return start..<position
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
  }
}
