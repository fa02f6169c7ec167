/// Turns the bytes of a model file into tokens.
///
/// It never fails: bad input becomes `.invalid` or `.unterminatedString` tokens for the parser to
/// report.
public struct Lexer: Sendable {
  let bytes: [UInt8]
  var index = 0
  var tokens: [Token] = []

  public init(bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// Every token of the file, ending with `.endOfFile`.
  public static func tokenize(_ bytes: [UInt8]) -> [Token] {
    var lexer = Lexer(bytes: bytes)
    lexer.run()
    return lexer.tokens
  }

  mutating func run() {
    tokens.reserveCapacity(bytes.count / 4 + 1)
    while index < bytes.count {
      let start = index
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"), 0x0C: index += 1
      case UInt8(ascii: "\n"): emit(.newline, from: start, length: 1)
      case UInt8(ascii: "#"): skipComment()
      case UInt8(ascii: "/") where peek(1) == UInt8(ascii: "/"): skipComment()
      case UInt8(ascii: "\""): scanString()
      case UInt8(ascii: "-") where peek(1) == UInt8(ascii: ">"):
        emit(.arrow, from: start, length: 2)
      case UInt8(ascii: "-") where peek(1).map(Self.isDigit) == true: scanNumber()
      case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "-") && peek(2) == UInt8(ascii: ">"):
        emit(.twoWayArrow, from: start, length: 3)
      case UInt8(ascii: ":"): emit(.colon, from: start, length: 1)
      case UInt8(ascii: ","): emit(.comma, from: start, length: 1)
      case UInt8(ascii: ";"): emit(.semicolon, from: start, length: 1)
      case UInt8(ascii: "*"): emit(.star, from: start, length: 1)
      case UInt8(ascii: "["): emit(.leftBracket, from: start, length: 1)
      case UInt8(ascii: "]"): emit(.rightBracket, from: start, length: 1)
      case UInt8(ascii: "{"): emit(.leftBrace, from: start, length: 1)
      case UInt8(ascii: "}"): emit(.rightBrace, from: start, length: 1)
      default:
        if Self.isIdentifierStart(byte) {
          scanIdentifier()
        } else if Self.isDigit(byte) {
          scanNumber()
        } else {
          scanInvalid()
        }
      }
    }
    tokens.append(Token(.endOfFile, bytes.count..<bytes.count))
  }

  func peek(_ distance: Int) -> UInt8? {
    index + distance < bytes.count ? bytes[index + distance] : nil
  }

  mutating func emit(_ kind: Token.Kind, from start: Int, length: Int) {
    index = start + length
    tokens.append(Token(kind, start..<index))
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  static func isIdentifierStart(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == UInt8(ascii: "_")
  }

  static func isIdentifierPart(_ byte: UInt8) -> Bool {
    isIdentifierStart(byte) || isDigit(byte) || byte == UInt8(ascii: "-")
  }
}
