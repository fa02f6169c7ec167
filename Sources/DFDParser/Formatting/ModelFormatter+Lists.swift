import OutputEscaping

extension ModelFormatter {
  /// Writes an attribute list (`open` and `close` are the offsets of its brackets): on the
  /// statement's line when it fits (with `reserve` columns to spare) and holds no comment, else
  /// one attribute a line.
  mutating func writeAttributes(
    _ attributes: [AttributeSyntax], open: Int, close: Int, depth: Int, reserve: Int
  ) {
    let hasComments = output.comments.contains(in: open..<close)
    if attributes.isEmpty && !hasComments {
      output.wrote(upTo: close + 1)
      return
    }
    let inline = attributes.map(inlineText)
    if !hasComments, !inline.contains(nil) {
      let text = " [" + inline.compactMap { $0 }.joined(separator: ", ") + "]"
      if output.currentWidth + text.count + reserve <= Self.width {
        output.append(text)
        output.wrote(upTo: close + 1)
        return
      }
    }
    output.append(" [")
    output.opened(upTo: open + 1)
    for (index, attribute) in attributes.enumerated() {
      let name = attribute.name.text + (attribute.value == nil ? "" : ": ")
      startItem(name, first: index == 0, depth: depth + 1, at: attribute.range.lowerBound)
      if let value = attribute.value { write(value, depth: depth + 1) }
      output.wrote(upTo: attribute.range.upperBound)
    }
    output.closeLine("]", depth: depth, at: close)
  }

  /// Writes a value after what is on the line; a list that does not fit, or holds a comment,
  /// has one item a line.
  mutating func write(_ value: ValueSyntax, depth: Int) {
    guard case .list(let items) = value.kind else {
      output.append(inlineText(value) ?? keptString(value.range))
      output.wrote(upTo: value.range.upperBound)
      return
    }
    let close = value.range.upperBound - 1
    if let text = inlineText(value), output.currentWidth + text.count <= Self.width {
      output.append(text)
      output.wrote(upTo: value.range.upperBound)
      return
    }
    output.append("[")
    output.opened(upTo: value.range.lowerBound + 1)
    for (index, item) in items.enumerated() {
      startItem("", first: index == 0, depth: depth + 1, at: item.range.lowerBound)
      write(item, depth: depth + 1)
      output.wrote(upTo: item.range.upperBound)
    }
    output.closeLine("]", depth: depth, at: close)
  }

  /// Starts a list item on a line of its own, unless its first word would start a statement
  /// there (`model`, `include`, `boundary`, `threat`): then it follows the item before it.
  mutating func startItem(_ text: String, first: Bool, depth: Int, at offset: Int) {
    switch token(after: offset).kind {
    case .keyword(.model), .keyword(.include), .keyword(.boundary), .keyword(.threat):
      output.append((first ? "" : ", ") + text)
    default:
      output.startLine(text, depth: depth, at: offset)
    }
  }

  /// An attribute on one line, or nil when it holds a `"""` string or a comment.
  func inlineText(_ attribute: AttributeSyntax) -> String? {
    guard let value = attribute.value else { return attribute.name.text }
    return inlineText(value).map { attribute.name.text + ": " + $0 }
  }

  /// A value on one line, or nil when it holds a `"""` string or a comment.
  func inlineText(_ value: ValueSyntax) -> String? {
    switch value.kind {
    case .string(let text):
      return isMultiline(value.range) ? nil : Escaping.dfdString(text)
    case .symbol, .number, .bool:
      return text(value.range)
    case .list(let items):
      guard !output.comments.contains(in: value.range) else { return nil }
      var parts: [String] = []
      for item in items {
        guard let part = inlineText(item) else { return nil }
        parts.append(part)
      }
      return "[" + parts.joined(separator: ", ") + "]"
    }
  }
}
