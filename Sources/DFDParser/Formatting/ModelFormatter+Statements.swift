extension ModelFormatter {
  /// Writes `statements` at nesting `depth`, one a line.
  mutating func write(_ statements: [StatementSyntax], depth: Int) {
    for statement in statements { write(statement, depth: depth) }
  }

  mutating func write(_ statement: StatementSyntax, depth: Int) {
    switch statement {
    case .model(let model):
      let title = model.title.map { " " + string($0) } ?? ""
      let headEnd = model.title?.range.upperBound ?? model.keyword.upperBound
      writeLine(
        "model" + title, at: model.keyword.lowerBound, headEnd: headEnd, model.attributes,
        depth: depth)
    case .include(let include):
      writeLine(
        "include " + keptString(include.path.range), at: include.keyword.lowerBound,
        headEnd: include.path.range.upperBound, [], depth: depth)
    case .data(let data):
      writeLine(
        "data " + data.name.text + label(data.label), at: data.name.range.lowerBound,
        headEnd: data.label?.range.upperBound ?? data.name.range.upperBound, data.attributes,
        depth: depth)
    case .element(let element):
      writeLine(
        element.kind.text + " " + element.name.text + label(element.label),
        at: element.kind.range.lowerBound,
        headEnd: element.label?.range.upperBound ?? element.name.range.upperBound,
        element.attributes, depth: depth)
    case .boundary(let boundary): write(boundary, depth: depth)
    case .flow(let flow):
      let name = flow.name.map { $0.text + ": " } ?? ""
      let arrow = flow.isTwoWay ? " <-> " : " -> "
      writeLine(
        name + flow.source.text + arrow + flow.target.text + label(flow.label),
        at: flow.range.lowerBound, headEnd: flow.label?.range.upperBound ?? flow.range.upperBound,
        flow.attributes, depth: depth)
    case .threat(let threat):
      writeLine(
        "threat " + threat.rule.text + " on " + threat.selectorPrefix + threat.target.text,
        at: threat.keyword.lowerBound,
        headEnd: threat.target.range.upperBound, threat.attributes, depth: depth)
    }
  }

  /// `boundary ID "Label" [attrs] {`, its statements one level deeper, then `}`.
  mutating func write(_ boundary: BoundarySyntax, depth: Int) {
    let headEnd = boundary.label?.range.upperBound ?? boundary.name.range.upperBound
    writeLine(
      "boundary " + boundary.name.text + label(boundary.label), at: boundary.keyword.lowerBound,
      headEnd: headEnd, boundary.attributes, depth: depth, reserve: 2)
    let list = token(after: headEnd)
    let afterList =
      list.kind == .leftBracket ? (closing[list.range.lowerBound] ?? headEnd) + 1 : headEnd
    let brace = token(after: afterList)
    guard brace.kind == .leftBrace, let close = closing[brace.range.lowerBound] else { return }
    output.append(" {")
    output.opened(upTo: brace.range.upperBound)
    write(boundary.statements, depth: depth + 1)
    output.closeLine("}", depth: depth, at: close)
  }

  /// One statement's line: `head`, then its attribute list if it has one (wrapped if it leaves
  /// fewer than `reserve` columns).
  mutating func writeLine(
    _ head: String, at start: Int, headEnd: Int, _ attributes: [AttributeSyntax], depth: Int,
    reserve: Int = 0
  ) {
    output.startLine(head, depth: depth, at: start)
    output.wrote(upTo: headEnd)
    let next = token(after: headEnd)
    guard next.kind == .leftBracket, let close = closing[next.range.lowerBound] else { return }
    writeAttributes(
      attributes, open: next.range.lowerBound, close: close, depth: depth, reserve: reserve)
  }

  /// A label after a name: a space and the string, or nothing.
  func label(_ label: StringSyntax?) -> String { label.map { " " + string($0) } ?? "" }
}
