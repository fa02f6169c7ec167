extension Parser {
  /// An identifier where a name is required; keywords and numbers get their own messages.
  mutating func parseIdentifier(_ what: String) -> IdentifierSyntax? {
    let token = current
    switch token.kind {
    case .identifier:
      advance()
      return IdentifierSyntax(text(token), token.range)
    case .keyword(let keyword):
      report(.reservedWord(keyword.rawValue, as: what, at: range(token.range)))
      return nil
    case .number:
      report(.numberAsIdentifier(text(token), as: what, at: range(token.range)))
      return nil
    default:
      expected(what)
      return nil
    }
  }

  /// Parses `STRING?`.
  mutating func parseOptionalString() -> StringSyntax? {
    switch current.kind {
    case .string, .multilineString, .unterminatedString: return parseString()
    default: return nil
    }
  }

  /// A string literal, decoded; problems inside it are reported.
  mutating func parseString() -> StringSyntax {
    let token = current
    advance()
    if token.kind == .unterminatedString { report(.unterminatedString(at: range(token.range))) }
    let literal = StringLiteral(source.bytes, token)
    for problem in literal.problems {
      switch problem {
      case .invalidEscape(let bad):
        report(.invalidEscape(text(Token(.invalid, bad)), at: range(bad)))
      case .invalidUTF8(let bad): report(.invalidUTF8(at: range(bad)))
      case .nulByte(let bad): report(.nulByte(at: range(bad)))
      }
    }
    return StringSyntax(literal.value, token.range)
  }

  /// Parses `attrs?`.
  mutating func parseOptionalAttributes() -> [AttributeSyntax] {
    current.kind == .leftBracket ? parseAttributes() : []
  }

  /// Parses `attrs := "[" (attr (","|NEWLINE)+)* attr? "]"`.
  mutating func parseAttributes() -> [AttributeSyntax] {
    let opening = current
    advance()
    var items: [AttributeSyntax] = []
    items.reserveCapacity(4)
    while true {
      var sawNewline = false
      while current.kind == .newline || current.kind == .comma {
        sawNewline = sawNewline || current.kind == .newline
        advance()
      }
      if current.kind == .rightBracket {
        advance()
        return items
      }
      if current.kind == .endOfFile || current.kind == .rightBrace
        || (sawNewline && startsStatement(at: position))
      {
        report(
          .unclosed(
            "[", "attribute list", at: range(contentEnd..<contentEnd), opening: range(opening.range)
          ))
        return items
      }
      if let item = parseAttribute() {
        items.append(item)
        switch current.kind {
        case .comma, .newline, .rightBracket: continue
        default: expected("',' or ']' after the attribute")
        }
      }
      skipInList()
    }
  }

  /// Parses `attr := IDENT (":" value)?`.
  mutating func parseAttribute() -> AttributeSyntax? {
    let token = current
    let name: IdentifierSyntax
    switch token.kind {
    case .identifier, .keyword: name = IdentifierSyntax(text(token), token.range)
    default:
      expected("an attribute name")
      return nil
    }
    advance()
    guard current.kind == .colon else { return AttributeSyntax(name: name, value: nil) }
    advance()
    guard let value = parseValue(depth: 0) else { return nil }
    return AttributeSyntax(name: name, value: value)
  }

  /// Skips a broken list item: up to the next `,`, line break or `]`, or to the end of the list.
  mutating func skipInList() {
    while true {
      switch current.kind {
      case .comma, .newline, .rightBracket, .endOfFile, .rightBrace: return
      default: advance()
      }
    }
  }

  /// Whether the tokens at `index` begin a statement rather than an attribute or value.
  func startsStatement(at index: Int) -> Bool {
    let first = tokens[index]
    let second = tokens[min(index + 1, tokens.count - 1)]
    switch first.kind {
    case .keyword(.model), .keyword(.include), .keyword(.boundary), .keyword(.threat): return true
    case .keyword(.data): return second.kind == .identifier
    case .identifier:
      switch second.kind {
      case .identifier, .string, .multilineString, .arrow, .twoWayArrow: return true
      case .colon:
        let third = tokens[min(index + 2, tokens.count - 1)]
        let fourth = tokens[min(index + 3, tokens.count - 1)]
        return third.kind == .identifier && isArrow(fourth)
      default: return false
      }
    default: return false
    }
  }
}
