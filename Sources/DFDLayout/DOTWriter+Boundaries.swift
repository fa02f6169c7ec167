import DFDModel
import OutputEscaping

extension DOTWriter {
  /// Writes every boundary as a cluster, nested as in the model, listing its own elements.
  func writeBoundaries(
    _ diagram: Diagram, badges: [String: ThreatBadge], into document: inout DOTDocument
  ) {
    var children: [String?: [TrustBoundary]] = [:]
    for boundary in diagram.boundaries {
      let parent = boundary.parent.flatMap { diagram.boundary($0) == nil ? nil : $0 }
      children[parent, default: []].append(boundary)
    }
    var members: [String: [Element]] = [:]
    for element in diagram.elements {
      if let boundary = element.boundary { members[boundary, default: []].append(element) }
    }
    var visited = Set<String>()
    for boundary in children[nil] ?? [] {
      writeCluster(
        boundary, depth: 0, children: children, members: members, badges: badges,
        visited: &visited, into: &document)
    }
  }

  // swift-format-ignore: FunctionParameterCount
  private func writeCluster(
    _ boundary: TrustBoundary, depth: Int, children: [String?: [TrustBoundary]],
    members: [String: [Element]], badges: [String: ThreatBadge], visited: inout Set<String>,
    into document: inout DOTDocument
  ) {
    guard visited.insert(boundary.id).inserted else { return }
    document.open("subgraph " + Escaping.dotString("cluster_" + boundary.id))
    document.appendStatements(clusterAttributes(boundary, depth: depth, badge: badges[boundary.id]))
    let elements = members[boundary.id] ?? []
    let nested = children[boundary.id] ?? []
    for element in elements { document.append(nodeName(element.id) + ";") }
    for child in nested {
      writeCluster(
        child, depth: depth + 1, children: children, members: members, badges: badges,
        visited: &visited, into: &document)
    }
    if elements.isEmpty && nested.isEmpty {
      // Graphviz does not draw an empty cluster; an invisible node keeps the boundary visible.
      var spacer = DOTAttributes()
      spacer.set(.id, token: "spacer-" + SVGIdentifier.slug(boundary.id))
      spacer.set(.style, token: "invis")
      spacer.set(.shape, token: "box")
      spacer.set(.label, .text(""))
      spacer.set(.width, token: "1.6")
      spacer.set(.height, token: "0.5")
      // A DSL identifier never contains `:`, so this name cannot clash with an element.
      document.append(Escaping.dotString("boundary:" + boundary.id + ":empty"), spacer)
    }
    document.close()
  }

  private func clusterAttributes(_ boundary: TrustBoundary, depth: Int, badge: ThreatBadge?)
    -> DOTAttributes
  {
    let look = DiagramStyle.boundary(depth: depth)
    var attributes = DOTAttributes()
    attributes.set(.id, token: SVGIdentifier.boundary(boundary.id))
    attributes.set(.class, token: "trust-boundary")
    attributes.set(.style, token: "dashed,filled,rounded")
    attributes.set(.color, token: DiagramStyle.boundaryColour)
    attributes.set(.fillcolor, token: look.fill)
    attributes.set(.penwidth, token: look.penwidth)
    attributes.set(.fontname, token: DiagramStyle.font)
    attributes.set(.fontcolor, token: DiagramStyle.boundaryColour)
    attributes.set(.labeljust, token: "l")
    // At the bottom, titles are crossed by about half as many flows as at the top (edges enter
    // boundaries through their top in TB and arc over it in LR); measured on every sample with
    // scripts/layout-metrics.py.
    attributes.set(.labelloc, token: "b")
    attributes.set(.margin, token: "14")
    var title = HTMLLabel.text(boundary.displayName).font(size: depth == 0 ? 12 : 11, bold: true)
    if let type = boundary.type {
      title = title + HTMLLabel.text("  [" + type + "]").font(size: 9)
    }
    var row = "<TR><TD ALIGN=\"LEFT\">" + title.markup + "</TD>"
    if let badge { row += HTMLLabel.badge(badge).markup.droppingRowTags() }
    let label = HTMLLabel.table(
      "BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\"",
      [HTMLLabel(markup: row + "</TR>")])
    attributes.set(.label, .html(label))
    var tooltip = ["boundary \(boundary.id): \(boundary.displayName)"]
    tooltip += badge?.tooltipLines ?? []
    attributes.set(.tooltip, .text(tooltip.joined(separator: "\n")))
    return attributes
  }
}
