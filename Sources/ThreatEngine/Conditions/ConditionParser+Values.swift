import DFDModel

extension ConditionParser {
  /// A path or a literal, with the path's type when it is one.
  mutating func parseValue() throws(ConditionError) -> (Value, PathType?) {
    let token = current
    if case .name(let name) = token.kind, let root = Path.Root(rawValue: name) {
      advance()
      var path = Path(root)
      if isSymbol(".") {
        advance()
        guard case .name(let attribute) = current.kind else {
          throw error("expected an attribute name after '.', found \(current.summary)")
        }
        path.name = attribute
        advance()
      }
      return (.path(path), try type(of: path, at: token))
    }
    if case .name(let name) = token.kind, name == "kind" || name == "category" {
      advance()
      let path = Path(.element, name)
      return (.path(path), try type(of: path, at: token))
    }
    if isSymbol("[") {
      advance()
      var items: [AttributeValue] = []
      while !isSymbol("]") {
        guard let literal = try parseLiteral() else {
          throw error("expected a literal in the list, found \(current.summary)")
        }
        items.append(literal)
        if isSymbol(",") { advance() } else { break }
      }
      try expect("]", "',' or ']'")
      return (.literal(.list(items)), nil)
    }
    guard let literal = try parseLiteral() else {
      throw error("expected a path or a value, found \(token.summary)")
    }
    return (.literal(literal), nil)
  }

  /// A name, quoted text, number, `true` or `false`; nil when the token is none of these.
  mutating func parseLiteral() throws(ConditionError) -> AttributeValue? {
    let token = current
    switch token.kind {
    case .number(let number):
      advance()
      return .number(number)
    case .text(let text):
      advance()
      return .string(text)
    case .name(let name):
      if name == "true" || name == "false" {
        advance()
        return .bool(name == "true")
      }
      guard !Self.keywords.contains(name) else { return nil }
      if Path.Root(rawValue: name) != nil || name == "kind" || name == "category" {
        throw error("'\(name)' is a path root, not a value; quote it as '\(name)' for text")
      }
      advance()
      return .symbol(name)
    default:
      return nil
    }
  }

  private func type(of path: Path, at token: ConditionToken) throws(ConditionError) -> PathType {
    switch schema.type(of: path) {
    case .success(let type): return type
    case .failure(let message): throw error(message.text, at: token)
    }
  }
}
