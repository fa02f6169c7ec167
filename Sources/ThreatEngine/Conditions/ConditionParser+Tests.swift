import DFDModel

extension ConditionParser {
  mutating func parseTest() throws(ConditionError) -> Condition {
    if isSymbol("(") {
      try enter()
      advance()
      let inner = try parseOr()
      try expect(")", "')'")
      depth -= 1
      if isTestOperator {
        throw error("a parenthesised condition cannot be compared; compare a path or a literal")
      }
      return inner
    }
    let start = current
    let (lhs, type) = try parseValue()
    if case .symbol(let op) = current.kind, let comparison = Condition.Comparison(rawValue: op) {
      advance()
      let rhsToken = current
      let (rhs, rhsType) = try parseValue()
      try check(rhs, at: rhsToken, against: type)
      try check(lhs, at: start, against: rhsType)
      return .compare(lhs, comparison, rhs)
    }
    if isKeyword("in") || (isKeyword("not") && isKeyword("in", ahead: 1)) {
      let negated = isKeyword("not")
      advance()
      if negated { advance() }
      return .member(lhs, try parseList(against: type), negated: negated)
    }
    if isKeyword("contains") {
      advance()
      let token = current
      let (rhs, _) = try parseValue()
      if type == .boundaryTypes { try check(rhs, at: token, against: .boundaryTypes) }
      return .contains(lhs, rhs)
    }
    if isKeyword("intersects") {
      advance()
      return .intersects(lhs, try parseList(against: type))
    }
    if isKeyword("is") { return try parseIs(lhs, at: start, type: type) }
    if case .path(let path) = lhs, let type, type != .bool, type != .list, type != .boundaryTypes {
      throw error("'\(path)' is not true or false; compare it with a value", at: start)
    }
    return .truth(lhs)
  }

  private var isTestOperator: Bool {
    if case .symbol(let op) = current.kind, Condition.Comparison(rawValue: op) != nil {
      return true
    }
    return isKeyword("in") || isKeyword("contains") || isKeyword("intersects") || isKeyword("is")
  }

  private mutating func parseIs(_ lhs: Value, at start: ConditionToken, type: PathType?)
    throws(ConditionError) -> Condition
  {
    advance()
    guard case .path(let path) = lhs else {
      throw error("'is' needs a path on its left, such as element.kind", at: start)
    }
    let negated = isKeyword("not")
    if negated { advance() }
    let token = current
    guard case .name(let word) = token.kind else {
      throw error("expected 'known', 'unknown' or a kind after 'is', found \(token.summary)")
    }
    advance()
    switch word {
    case "known": return .known(path, negated: negated)
    case "unknown": return .known(path, negated: !negated)
    default:
      guard type == .kind else {
        throw error("'is \(word)' tests a kind, but '\(path)' is not a kind", at: token)
      }
      if let message = schema.check(.symbol(word), against: .kind) {
        throw error(message.text, at: token)
      }
      return .kindIs(path, word, negated: negated)
    }
  }

  private mutating func parseList(against type: PathType?) throws(ConditionError)
    -> [AttributeValue]
  {
    try expect("[", "'[' starting a list")
    var items: [AttributeValue] = []
    while !isSymbol("]") {
      let token = current
      guard let literal = try parseLiteral() else {
        throw error("expected a literal in the list, found \(token.summary)")
      }
      try check(.literal(literal), at: token, against: type)
      items.append(literal)
      if isSymbol(",") { advance() } else { break }
    }
    try expect("]", "',' or ']'")
    return items
  }

  private func check(_ value: Value, at token: ConditionToken, against type: PathType?)
    throws(ConditionError)
  {
    guard case .literal(let literal) = value, let type else { return }
    if let message = schema.check(literal, against: type) { throw error(message.text, at: token) }
  }
}
