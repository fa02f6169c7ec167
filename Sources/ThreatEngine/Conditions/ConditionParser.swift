import DFDModel

/// Parses the catalogue's condition language into a `Condition`, checking every name it uses.
struct ConditionParser {
  /// The deepest nesting of `not` and parentheses accepted.
  static let maximumDepth = 64
  static let keywords: Set<String> = [
    "and", "or", "not", "in", "contains", "intersects", "is", "known", "unknown", "true", "false",
  ]

  let schema: ConditionSchema
  var tokens: [ConditionToken] = []
  var position = 0
  var depth = 0

  init(schema: ConditionSchema) {
    self.schema = schema
  }

  /// Parses `text`; errors carry the character offset inside it.
  static func parse(_ text: String, schema: ConditionSchema) throws(ConditionError) -> Condition {
    var parser = ConditionParser(schema: schema)
    parser.tokens = try ConditionLexer.tokens(text)
    let condition = try parser.parseOr()
    guard case .end = parser.current.kind else {
      throw parser.error(
        "expected 'and', 'or' or the end of the condition, found \(parser.current.summary)")
    }
    return condition
  }

  var current: ConditionToken { tokens[position] }

  func error(_ message: String, at token: ConditionToken? = nil) -> ConditionError {
    ConditionError(offset: (token ?? current).offset, message: message)
  }

  func isKeyword(_ word: String, ahead: Int = 0) -> Bool {
    guard position + ahead < tokens.count, case .name(let name) = tokens[position + ahead].kind
    else { return false }
    return name == word
  }

  func isSymbol(_ symbol: String) -> Bool {
    if case .symbol(let found) = current.kind { return found == symbol }
    return false
  }

  mutating func advance() { if position < tokens.count - 1 { position += 1 } }

  mutating func expect(_ symbol: String, _ what: String) throws(ConditionError) {
    guard isSymbol(symbol) else { throw error("expected \(what), found \(current.summary)") }
    advance()
  }

  mutating func parseOr() throws(ConditionError) -> Condition {
    var items = [try parseAnd()]
    while isKeyword("or") {
      advance()
      items.append(try parseAnd())
    }
    return items.count == 1 ? items[0] : .any(items)
  }

  mutating func parseAnd() throws(ConditionError) -> Condition {
    var items = [try parseNot()]
    while isKeyword("and") {
      advance()
      items.append(try parseNot())
    }
    return items.count == 1 ? items[0] : .all(items)
  }

  mutating func parseNot() throws(ConditionError) -> Condition {
    guard isKeyword("not") else { return try parseTest() }
    try enter()
    advance()
    let inner = try parseNot()
    depth -= 1
    return .not(inner)
  }

  mutating func enter() throws(ConditionError) {
    depth += 1
    guard depth <= Self.maximumDepth else {
      throw error("condition is nested more than \(Self.maximumDepth) levels deep")
    }
  }
}
