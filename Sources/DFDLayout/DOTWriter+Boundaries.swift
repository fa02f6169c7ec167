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
    document.open("subgraph", name: "cluster_" + boundary.id)
    writeClusterAttributes(boundary, depth: depth, badge: badges[boundary.id], into: &document)
    let elements = members[boundary.id] ?? []
    let nested = children[boundary.id] ?? []
    for element in elements { document.member(element.id) }
    for child in nested {
      writeCluster(
        child, depth: depth + 1, children: children, members: members, badges: badges,
        visited: &visited, into: &document)
    }
    if elements.isEmpty && nested.isEmpty {
      // Graphviz does not draw an empty cluster; an invisible node keeps the boundary visible.
      // A DSL identifier never contains `:`, so this name cannot clash with an element.
      document.startNode("boundary:" + boundary.id + ":empty")
      document.attribute(.id) {
        $0.markup("spacer-")
        $0.slug(boundary.id)
      }
      document.attribute(.style, "invis")
      document.attribute(.shape, "box")
      document.attribute(.label, "")
      document.attribute(.width, "1.6")
      document.attribute(.height, "0.5")
      document.endStatement()
    }
    document.close()
  }

  private func writeClusterAttributes(
    _ boundary: TrustBoundary, depth: Int, badge: ThreatBadge?, into document: inout DOTDocument
  ) {
    let look = BoundaryStyle(type: boundary.type)
    document.attribute(.id) {
      $0.markup("tb-")
      $0.slug(boundary.id)
    }
    document.attribute(.class) {
      $0.markup("trust-boundary boundary-")
      $0.constant(look.rawValue)
    }
    document.attribute(.style, token: look.dotStyle)
    document.attribute(.color, token: look.colour)
    document.attribute(.fillcolor, token: look.fill)
    document.attribute(.penwidth, token: look.penwidth(depth: depth))
    document.attribute(.fontname, token: DiagramStyle.font)
    document.attribute(.fontcolor, token: look.colour)
    document.attribute(.labeljust, "l")
    // At the bottom, titles are crossed by about half as many flows as at the top (edges enter
    // boundaries through their top in TB and arc over it in LR); measured on every sample with
    // scripts/layout-metrics.py.
    document.attribute(.labelloc, "b")
    document.attribute(.margin, "14")
    document.htmlAttribute(.label) {
      if options.page != nil {
        writeStackedTitle(boundary, look: look, depth: depth, badge: badge, into: &$0)
      } else {
        writeTitle(boundary, look: look, depth: depth, badge: badge, into: &$0)
      }
    }
    document.attribute(.tooltip) {
      $0.markup("boundary ")
      $0.text(boundary.id)
      $0.markup(": ")
      $0.text(boundary.displayName)
      $0.tooltipFindings(badge, listed: options.listsFindingsInTooltips)
    }
  }

  /// A title on one line: the type badge, the name (on two lines past
  /// `DiagramStyle.boundaryTitleWidth` characters) and the threat badge.
  private func writeTitle(
    _ boundary: TrustBoundary, look: BoundaryStyle, depth: Int, badge: ThreatBadge?,
    into document: inout DOTDocument
  ) {
    document.table("BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\"") {
      $0.markup("<TR>")
      $0.boundaryBadgeCell(look, size: 7)
      $0.markup("<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">")
      writeTitleName(
        boundary, look: look, depth: depth,
        lines: DOTText.balanced(boundary.displayName, longerThan: DiagramStyle.boundaryTitleWidth),
        into: &$0)
      $0.markup("</TD>")
      if let badge { $0.badgeCell(badge.summary, size: detailFontSize) }
      $0.markup("</TR>")
    }
  }

  /// A title for paper: the badges as a band across the top, the name under it.
  ///
  /// The name goes on two lines past `DiagramStyle.stackedTitleWidth` characters, or with
  /// `narrowTitles` on as many as it needs at `DiagramStyle.narrowTitleWidth`. Narrower titles
  /// leave more of a boundary's edge free for the flows crossing it: on the samples' A4
  /// landscape pages 7 flows ran through titles instead of 16. The band is as wide as the name
  /// because Graphviz shares a table's width out among its columns.
  private func writeStackedTitle(
    _ boundary: TrustBoundary, look: BoundaryStyle, depth: Int, badge: ThreatBadge?,
    into document: inout DOTDocument
  ) {
    document.table("BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"0\"") {
      $0.markup("<TR>")
      $0.boundaryBadgeCell(look, size: detailFontSize)
      if let badge { $0.badgeCell(badge.summary, size: detailFontSize) }
      $0.markup(badge == nil ? "</TR><TR><TD" : "</TR><TR><TD COLSPAN=\"2\"")
      $0.markup(" ALIGN=\"LEFT\" BALIGN=\"LEFT\">")
      let name = boundary.displayName
      writeTitleName(
        boundary, look: look, depth: depth,
        lines: options.narrowTitles
          ? DOTText.wrapped(name, width: DiagramStyle.narrowTitleWidth)
          : DOTText.balanced(name, longerThan: DiagramStyle.stackedTitleWidth),
        into: &$0)
      $0.markup("</TD></TR>")
    }
  }

  /// A boundary's name in bold, as `lines`, and the type of an unstyled boundary.
  private func writeTitleName(
    _ boundary: TrustBoundary, look: BoundaryStyle, depth: Int, lines: [String],
    into document: inout DOTDocument
  ) {
    document.font(size: depth == 0 ? 12 : 11, bold: true) { $0.lines(lines) }
    if look == .other, let type = boundary.type {
      document.font(size: 9) {
        $0.markup("  [")
        $0.html(type)
        $0.markup("]")
      }
    }
  }
}
