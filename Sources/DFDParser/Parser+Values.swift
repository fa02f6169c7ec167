extension Parser {
  /// Parses `value := STRING | IDENT | NUMBER | "true" | "false" | "[" (value ","?)* "]"`.
  mutating func parseValue(depth: Int) -> ValueSyntax? {
    let token = current
    switch token.kind {
    case .string, .multilineString, .unterminatedString:
      let string = parseString()
      return ValueSyntax(.string(string.value), string.range)
    case .identifier:
      advance()
      return ValueSyntax(.symbol(text(token)), token.range)
    case .keyword(.true), .keyword(.false):
      advance()
      return ValueSyntax(.bool(token.kind == .keyword(.true)), token.range)
    case .keyword(let keyword):
      advance()
      return ValueSyntax(.symbol(keyword.rawValue), token.range)
    case .number:
      advance()
      guard let number = Self.number(text(token)) else {
        // An ISO date (`review: 2026-06-01`) reads as the string it would be in quotes.
        if Self.isDateShaped(text(token)) {
          return ValueSyntax(.string(text(token)), token.range)
        }
        report(.invalidNumber(text(token), at: range(token.range)))
        return nil
      }
      return ValueSyntax(.number(number), token.range)
    case .leftBracket:
      return parseList(depth: depth)
    default:
      expected("a value")
      return nil
    }
  }

  /// `"[" (value ","?)* "]"`, nested at most `maximumListDepth` deep.
  mutating func parseList(depth: Int) -> ValueSyntax? {
    let opening = current
    guard depth < Self.maximumListDepth else {
      report(.nestedTooDeeply("lists", limit: Self.maximumListDepth, at: range(opening.range)))
      while current.kind != .newline && current.kind != .endOfFile { advance() }
      return nil
    }
    advance()
    var items: [ValueSyntax] = []
    while true {
      var sawNewline = false
      while current.kind == .newline || current.kind == .comma {
        sawNewline = sawNewline || current.kind == .newline
        advance()
      }
      switch current.kind {
      case .rightBracket:
        advance()
        return ValueSyntax(.list(items), opening.range.lowerBound..<previousEnd)
      case .endOfFile, .rightBrace:
        report(
          .unclosed("[", "list", at: range(contentEnd..<contentEnd), opening: range(opening.range)))
        return nil
      default:
        if sawNewline && startsStatement(at: position) {
          report(
            .unclosed(
              "[", "list", at: range(contentEnd..<contentEnd), opening: range(opening.range)))
          return nil
        }
        guard let item = parseValue(depth: depth + 1) else {
          while ![.comma, .newline, .rightBracket, .endOfFile, .rightBrace].contains(current.kind) {
            advance()
          }
          if current.kind == .newline && depth + 1 >= Self.maximumListDepth { return nil }
          continue
        }
        items.append(item)
      }
    }
  }

  /// The value of a number token: `-`? digits (`.` digits)?.
  static func number(_ text: String) -> Double? {
    var body = Substring(text)
    if body.hasPrefix("-") { body = body.dropFirst() }
    let parts = body.split(separator: ".", omittingEmptySubsequences: false)
    guard (1...2).contains(parts.count),
      parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } })
    else { return nil }
    return Double(text)
  }

  /// Whether `text` is written like an ISO date, `DDDD-DD-DD` (whether the day exists is
  /// checked where a date is expected).
  static func isDateShaped(_ text: String) -> Bool {
    let parts = text.split(separator: "-", omittingEmptySubsequences: false)
    return parts.map(\.count) == [4, 2, 2]
      && parts.allSatisfy { $0.allSatisfy { $0.isASCII && $0.isNumber } }
  }
}
