import DFDModel

/// Writes a model as readable .dfd text: the model statement, data assets, elements inside
/// their boundaries, flows, then threat statements, with optional comments before statements.
public struct DFDTextWriter {
  /// Comment lines to write before the statement that declares an id ("" for the header).
  public var comments: [String: [String]]

  public init(comments: [String: [String]] = [:]) {
    self.comments = comments
  }

  /// The model as text, ending with a line break.
  public func write(_ diagram: Diagram) -> String {
    var lines: [String] = []
    lines += commentLines("", indent: "")
    if diagram.info.title != nil || !diagram.info.attributes.isEmpty {
      let title = diagram.info.title.map { " " + DFDText.string($0) } ?? " \"\""
      lines.append("model" + title + attributeList(diagram.info.attributes))
    }
    section(&lines)
    for asset in diagram.data {
      lines += commentLines(asset.id, indent: "")
      lines.append("data \(asset.id)" + label(asset.label) + attributeList(asset.attributes))
    }
    section(&lines)
    writeContents(of: nil, in: diagram, indent: "", into: &lines)
    section(&lines)
    for flow in diagram.drawnFlows {
      lines += commentLines(flow.id, indent: "")
      let pair = "\(flow.source)->\(flow.target)"
      let named = flow.id != pair && !flow.id.hasPrefix(pair + ":")
      let arrow = flow.direction == .forward ? " <-> " : " -> "
      lines.append(
        (named ? flow.id + ": " : "") + flow.source + arrow + flow.target + label(flow.label)
          + attributeList(flow.attributes))
    }
    section(&lines)
    for triage in diagram.triage {
      lines.append("threat \(triage.rule) on \(triage.target)" + blockList(triage.attributes))
    }
    while lines.last == "" { lines.removeLast() }
    return lines.joined(separator: "\n") + "\n"
  }

  private func writeContents(
    of boundary: String?, in diagram: Diagram, indent: String, into lines: inout [String]
  ) {
    for element in diagram.elements(in: boundary) {
      lines += commentLines(element.id, indent: indent)
      lines.append(
        indent + "\(element.kind) \(element.id)" + label(element.label)
          + attributeList(element.attributes))
    }
    for child in diagram.childBoundaries(of: boundary) {
      lines += commentLines(child.id, indent: indent)
      lines.append(
        indent + "boundary \(child.id)" + label(child.label) + attributeList(child.attributes)
          + " {")
      writeContents(of: child.id, in: diagram, indent: indent + "  ", into: &lines)
      lines.append(indent + "}")
    }
  }

  private func section(_ lines: inout [String]) {
    if let last = lines.last, !last.isEmpty { lines.append("") }
  }

  private func commentLines(_ id: String, indent: String) -> [String] {
    (comments[id] ?? []).map { indent + "# " + DFDText.comment($0) }
  }

  private func label(_ text: String?) -> String { text.map { " " + DFDText.string($0) } ?? "" }

  private func attributeList(_ attributes: Attributes) -> String {
    attributes.isEmpty
      ? "" : " [" + attributes.items.map(DFDText.attribute).joined(separator: ", ") + "]"
  }

  /// A list with one attribute a line, for threat statements.
  private func blockList(_ attributes: Attributes) -> String {
    guard attributes.items.count > 2 else { return attributeList(attributes) }
    return " [\n" + attributes.items.map { "  " + DFDText.attribute($0) + "\n" }.joined() + "]"
  }
}
