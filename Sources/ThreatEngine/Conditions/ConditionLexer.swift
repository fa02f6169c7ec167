/// Splits condition text into tokens; never evaluates anything.
struct ConditionLexer {
  /// The longest condition accepted, in characters.
  static let maximumLength = 4096

  static func tokens(_ text: String) throws(ConditionError) -> [ConditionToken] {
    let characters = Array(text)
    guard characters.count <= maximumLength else {
      throw ConditionError(
        offset: 0, message: "condition is longer than \(maximumLength) characters")
    }
    var tokens: [ConditionToken] = []
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let start = index
      if character.isWhitespace {
        index += 1
      } else if character.isLetter || character == "_" {
        while index < characters.count, isNameCharacter(characters[index]) { index += 1 }
        tokens.append(.init(kind: .name(String(characters[start..<index])), offset: start))
      } else if character.isASCII, character.isNumber {
        while index < characters.count, characters[index].isNumber || characters[index] == "." {
          index += 1
        }
        let literal = String(characters[start..<index])
        guard let number = Double(literal) else {
          throw ConditionError(offset: start, message: "'\(literal)' is not a number")
        }
        tokens.append(.init(kind: .number(number), offset: start))
      } else if character == "'" {
        index += 1
        while index < characters.count, characters[index] != "'" { index += 1 }
        guard index < characters.count else {
          throw ConditionError(offset: start, message: "unterminated quoted text")
        }
        tokens.append(.init(kind: .text(String(characters[(start + 1)..<index])), offset: start))
        index += 1
      } else if let symbol = operatorAt(characters, index) {
        tokens.append(.init(kind: .symbol(symbol), offset: start))
        index += symbol.count
      } else {
        throw ConditionError(offset: start, message: "unexpected character '\(character)'")
      }
    }
    tokens.append(.init(kind: .end, offset: characters.count))
    return tokens
  }

  private static func isNameCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_" || character == "-"
  }

  private static func operatorAt(_ characters: [Character], _ index: Int) -> String? {
    let next = index + 1 < characters.count ? characters[index + 1] : nil
    switch characters[index] {
    case "=" where next == "=": return "=="
    case "!" where next == "=": return "!="
    case "<" where next == "=": return "<="
    case ">" where next == "=": return ">="
    case "<": return "<"
    case ">": return ">"
    case "(", ")", "[", "]", ",", ".": return String(characters[index])
    default: return nil
    }
  }
}
