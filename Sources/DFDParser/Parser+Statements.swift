extension Parser {
  /// `statement*`, up to the end of the file or the `}` that closes `opening`.
  mutating func parseStatements(depth: Int, opening: Token?) -> [StatementSyntax] {
    var statements: [StatementSyntax] = []
    while true {
      switch current.kind {
      case .newline, .semicolon:
        advance()
      case .endOfFile:
        if let opening {
          report(.unclosed("{", "block", at: currentRange, opening: range(opening.range)))
        }
        return statements
      case .rightBrace:
        if opening != nil {
          advance()
          return statements
        }
        report(.unexpectedClosingBrace(at: range(current.range)))
        advance()
      case .leftBrace:
        expected("a statement")
        statements += parseBlock(depth: depth)
      default:
        let start = position
        if let statement = parseStatement(depth: depth) { statements.append(statement) }
        if position == start { advance() }
        if !atStatementEnd {
          if current.kind != .leftBrace { expected("end of statement") }
          recover()
        }
      }
    }
  }

  /// `{ statement* }` after a broken header: the statements are kept, the depth still counts.
  mutating func parseBlock(depth: Int) -> [StatementSyntax] {
    guard depth + 1 < Self.maximumBoundaryDepth else {
      report(
        .nestedTooDeeply("boundaries", limit: Self.maximumBoundaryDepth, at: range(current.range)))
      skipBlock()
      return []
    }
    let opening = current
    advance()
    return parseStatements(depth: depth + 1, opening: opening)
  }

  /// Parses
  /// `statement := modelDecl | include | dataDecl | boundaryDecl | flowDecl | threatDecl | elementDecl`.
  mutating func parseStatement(depth: Int) -> StatementSyntax? {
    switch current.kind {
    case .keyword(.model): return parseModelDecl(depth: depth).map(StatementSyntax.model)
    case .keyword(.include): return parseInclude(depth: depth).map(StatementSyntax.include)
    case .keyword(.data): return parseDataDecl().map(StatementSyntax.data)
    case .keyword(.boundary): return parseBoundaryDecl(depth: depth).map(StatementSyntax.boundary)
    case .keyword(.threat): return parseThreatDecl().map(StatementSyntax.threat)
    case .identifier:
      switch peek(1).kind {
      case .colon, .arrow, .twoWayArrow: return parseFlowDecl().map(StatementSyntax.flow)
      case .identifier where text(current) == "flow" && isArrow(peek(2)):
        advance()
        return parseFlowDecl().map(StatementSyntax.flow)
      default: return parseElementDecl().map(StatementSyntax.element)
      }
    default:
      expected("a statement")
      recover()
      return nil
    }
  }

  func isArrow(_ token: Token) -> Bool { token.kind == .arrow || token.kind == .twoWayArrow }

  /// Parses `modelDecl := "model" STRING attrs?`.
  mutating func parseModelDecl(depth: Int) -> ModelSyntax? {
    let keyword = current.range
    advance()
    let title = parseOptionalString()
    let attributes = parseOptionalAttributes()
    guard depth == 0 else {
      report(.modelNotAtTopLevel(at: range(keyword)))
      return nil
    }
    return ModelSyntax(keyword: keyword, title: title, attributes: attributes)
  }

  /// Parses `include := "include" STRING`.
  mutating func parseInclude(depth: Int) -> IncludeSyntax? {
    let keyword = current.range
    advance()
    guard current.kind == .string || current.kind == .multilineString else {
      expected("a file path in quotes")
      return nil
    }
    let path = parseString()
    guard depth == 0 else {
      report(.includeInsideBoundary(at: range(keyword.lowerBound..<path.range.upperBound)))
      return nil
    }
    return IncludeSyntax(keyword: keyword, path: path)
  }

  /// Parses `dataDecl := "data" IDENT STRING? attrs?`.
  mutating func parseDataDecl() -> DataSyntax? {
    advance()
    guard let name = parseIdentifier("a data asset name") else { return nil }
    let label = parseOptionalString()
    return DataSyntax(name: name, label: label, attributes: parseOptionalAttributes())
  }

  /// Parses `elementDecl := KIND IDENT STRING? attrs?`.
  mutating func parseElementDecl() -> ElementSyntax? {
    let kind = IdentifierSyntax(text(current), current.range)
    advance()
    guard let name = parseIdentifier("an element name after kind '\(kind.text)'") else {
      return nil
    }
    let label = parseOptionalString()
    return ElementSyntax(
      kind: kind, name: name, label: label, attributes: parseOptionalAttributes())
  }

  /// Parses `boundaryDecl := "boundary" IDENT STRING? attrs? "{" statement* "}"`.
  mutating func parseBoundaryDecl(depth: Int) -> BoundarySyntax? {
    let keyword = current.range
    guard depth + 1 < Self.maximumBoundaryDepth else {
      report(.nestedTooDeeply("boundaries", limit: Self.maximumBoundaryDepth, at: range(keyword)))
      advance()
      while ![.newline, .semicolon, .endOfFile, .rightBrace, .leftBrace].contains(current.kind) {
        advance()
      }
      if current.kind == .leftBrace { skipBlock() }
      return nil
    }
    advance()
    guard let name = parseIdentifier("a boundary name") else { return nil }
    let label = parseOptionalString()
    let attributes = parseOptionalAttributes()
    var lookahead = position
    while tokens[lookahead].kind == .newline { lookahead += 1 }
    guard tokens[lookahead].kind == .leftBrace else {
      expected("'{' to open the boundary")
      return BoundarySyntax(
        keyword: keyword, name: name, label: label, attributes: attributes, statements: [])
    }
    position = lookahead
    let opening = current
    advance()
    let statements = parseStatements(depth: depth + 1, opening: opening)
    return BoundarySyntax(
      keyword: keyword, name: name, label: label, attributes: attributes, statements: statements)
  }

  /// Parses `flowDecl := (IDENT ":")? IDENT ("->" | "<->") IDENT STRING? attrs?`.
  mutating func parseFlowDecl() -> FlowSyntax? {
    var name: IdentifierSyntax?
    if peek(1).kind == .colon {
      name = IdentifierSyntax(text(current), current.range)
      advance()
      advance()
    }
    guard let source = parseIdentifier("the flow's source") else { return nil }
    guard isArrow(current) else {
      expected("'->' or '<->'")
      return nil
    }
    let arrow = current
    advance()
    guard let target = parseIdentifier("the flow's target") else { return nil }
    let label = parseOptionalString()
    return FlowSyntax(
      name: name, source: source, isTwoWay: arrow.kind == .twoWayArrow, arrow: arrow.range,
      target: target, label: label, attributes: parseOptionalAttributes())
  }

  /// Parses `threatDecl := "threat" IDENT "on" target attrs?`;
  /// `target := IDENT ("->" IDENT (":" slug)?)?`.
  mutating func parseThreatDecl() -> ThreatSyntax? {
    let keyword = current.range
    advance()
    guard let rule = parseIdentifier("a rule id") else { return nil }
    guard expect(.keyword(.on), "'on'") != nil else { return nil }
    if let bulk = parseBulkTarget() {
      guard let target = bulk.target else { return nil }
      return ThreatSyntax(
        keyword: keyword, rule: rule, selector: bulk.selector, target: target,
        attributes: parseOptionalAttributes())
    }
    guard var target = parseIdentifier("an element, boundary or flow") else { return nil }
    if current.kind == .arrow {
      advance()
      guard let end = parseIdentifier("the flow's target") else { return nil }
      target = IdentifierSyntax(
        target.text + "->" + end.text, target.range.lowerBound..<end.range.upperBound)
      if current.kind == .colon {
        advance()
        guard current.kind == .identifier || current.kind == .number else {
          expected("the flow's label slug")
          return nil
        }
        target = IdentifierSyntax(
          target.text + ":" + text(current), target.range.lowerBound..<current.range.upperBound)
        advance()
      }
    }
    return ThreatSyntax(
      keyword: keyword, rule: rule, target: target, attributes: parseOptionalAttributes())
  }
}
