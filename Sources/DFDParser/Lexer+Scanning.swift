extension Lexer {
  mutating func scanIdentifier() {
    let start = index
    advanceOverWord()
    let kind = Self.keyword(bytes, start..<index).map(Token.Kind.keyword) ?? .identifier
    tokens.append(Token(kind, start..<index))
  }

  /// A run that starts with a digit; letters and dots are kept so that `3abc` is one bad number.
  mutating func scanNumber() {
    let start = index
    index += 1
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "-"), peek(1) == UInt8(ascii: ">") { break }
      guard Self.isIdentifierPart(byte) || byte == UInt8(ascii: ".") else { break }
      index += 1
    }
    tokens.append(Token(.number, start..<index))
  }

  mutating func advanceOverWord() {
    var end = index + 1
    let count = bytes.count
    while end < count {
      let byte = bytes[end]
      guard Self.isIdentifierPart(byte) else { break }
      if byte == UInt8(ascii: "-"), end + 1 < count, bytes[end + 1] == UInt8(ascii: ">") { break }
      end += 1
    }
    index = end
  }

  /// Skips a comment; bytes in it that are not UTF-8, or NUL, still become `.invalid` tokens.
  mutating func skipComment() {
    while index < bytes.count, bytes[index] != UInt8(ascii: "\n") {
      let byte = bytes[index]
      if byte == 0 {
        emit(.invalid, from: index, length: 1)
      } else if byte < 0x80 {
        index += 1
      } else if let length = UTF8Scanner.sequenceLength(bytes, at: index) {
        index += length
      } else {
        let length = UTF8Scanner.invalidRunLength(bytes, at: index, limit: bytes.count)
        emit(.invalid, from: index, length: length)
      }
    }
  }

  mutating func scanString() {
    let start = index
    if peek(1) == UInt8(ascii: "\""), peek(2) == UInt8(ascii: "\"") {
      scanMultilineString(from: start)
      return
    }
    index += 1
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\""):
        emit(.string, from: start, length: index + 1 - start)
        return
      case UInt8(ascii: "\\")
      where index + 1 < bytes.count && bytes[index + 1] != UInt8(ascii: "\n"):
        index += 2
      case UInt8(ascii: "\n"):
        tokens.append(Token(.unterminatedString, start..<index))
        return
      default:
        index += 1
      }
    }
    tokens.append(Token(.unterminatedString, start..<index))
  }

  mutating func scanMultilineString(from start: Int) {
    index += 3
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "\\") {
        index += 2
      } else if bytes[index] == UInt8(ascii: "\""), peek(1) == UInt8(ascii: "\""),
        peek(2) == UInt8(ascii: "\"")
      {
        emit(.multilineString, from: start, length: index + 3 - start)
        return
      } else {
        index += 1
      }
    }
    index = bytes.count
    tokens.append(Token(.unterminatedString, start..<index))
  }

  /// One unexpected character (or a run of bytes that are not UTF-8) as an `.invalid` token.
  mutating func scanInvalid() {
    let length: Int
    if bytes[index] < 0x80 {
      length = 1
    } else if let valid = UTF8Scanner.sequenceLength(bytes, at: index) {
      length = valid
    } else {
      length = UTF8Scanner.invalidRunLength(bytes, at: index, limit: bytes.count)
    }
    emit(.invalid, from: index, length: length)
  }

  /// The keyword spelt by `range`, found by length and first letter and then compared byte by
  /// byte, so that no `String` is made.
  static func keyword(_ bytes: [UInt8], _ range: Range<Int>) -> Token.Keyword? {
    guard range.count >= 2, range.count <= 8 else { return nil }
    let candidate: Token.Keyword
    let spelling: StaticString
    switch (range.count, bytes[range.lowerBound]) {
    case (5, UInt8(ascii: "m")): (candidate, spelling) = (.model, "model")
    case (7, UInt8(ascii: "i")): (candidate, spelling) = (.include, "include")
    case (4, UInt8(ascii: "d")): (candidate, spelling) = (.data, "data")
    case (8, UInt8(ascii: "b")): (candidate, spelling) = (.boundary, "boundary")
    case (6, UInt8(ascii: "t")): (candidate, spelling) = (.threat, "threat")
    case (2, UInt8(ascii: "o")): (candidate, spelling) = (.on, "on")
    case (4, UInt8(ascii: "t")): (candidate, spelling) = (.true, "true")
    case (5, UInt8(ascii: "f")): (candidate, spelling) = (.false, "false")
    default: return nil
    }
    for offset in 1..<range.count
    where spelling.utf8Start[offset] != bytes[range.lowerBound + offset] {
      return nil
    }
    return candidate
  }
}
