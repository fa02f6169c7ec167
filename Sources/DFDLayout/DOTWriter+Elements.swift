import DFDModel
import OutputEscaping

extension DOTWriter {
  /// An element's node: hooks, shape by category, label with kind and badge, and a tooltip.
  func writeNode(_ element: Element, badge: ThreatBadge?, into document: inout DOTDocument) {
    document.startNode(element.id)
    document.attribute(.id) {
      $0.markup("el-")
      $0.slug(element.id)
    }
    document.attribute(.class) {
      $0.markup("element ")
      $0.constant(element.category.rawValue)
      $0.markup(" ")
      $0.slug(element.kind)
    }
    // An attack path's entry or target (`render --paths`) is outlined heavy in its colour.
    let onPath = !attackPaths(endingAt: element.id).isEmpty
    if onPath { document.attribute(.color, token: DiagramStyle.attackPathColour) }
    switch element.category {
    case .external:
      document.attribute(.shape, "box")
      document.attribute(.style, "filled")
      document.attribute(.penwidth, onPath ? "3" : "1.4")
    case .process:
      document.attribute(.shape, "box")
      document.attribute(.style, "rounded,filled")
      document.attribute(.penwidth, onPath ? "3" : "1.2")
    case .device:
      document.attribute(.shape, "box")
      document.attribute(.style, "filled")
      // A second outline marks a device; a third, many identical units.
      document.attribute(.peripheries, element.count > 1 ? "3" : "2")
      document.attribute(.penwidth, onPath ? "3" : "1.2")
    case .store:
      document.attribute(.shape, "plain")
    }
    if element.count > 1, element.category == .external || element.category == .process {
      // Many identical units: one more outline, so the node reads as a stack.
      document.attribute(.peripheries, "2")
    }
    let summary = badge?.summary
    if element.category == .store {
      document.htmlAttribute(.label) { label in
        Self.writeStoreLabel(fill: DiagramStyle.fill(.store), into: &label) {
          Self.writeElementContent(
            name: element.displayName, kind: element.kind, count: element.count, badge: summary,
            detailSize: detailFontSize, into: &$0)
        }
      }
    } else {
      document.attribute(.fillcolor, token: DiagramStyle.fill(element.category))
      document.htmlAttribute(.label) {
        Self.writeElementContent(
          name: element.displayName, kind: element.kind, count: element.count, badge: summary,
          detailSize: detailFontSize, into: &$0)
      }
    }
    document.attribute(.tooltip) {
      $0.text(element.id)
      $0.markup(" «")
      $0.text(element.kind)
      $0.markup("», ")
      $0.constant(element.category.title)
      $0.markup(": ")
      $0.text(element.countedName)
      $0.tooltipFindings(badge, listed: options.listsFindingsInTooltips)
    }
    document.endStatement()
  }

  /// The inside of a node: the name (wrapped), the kind in small type (with `×N` for an
  /// element that stands for several units), and the badge.
  static func writeElementContent(
    name: String, kind: String, count: Int = 1, badge: ThreatBadge.Summary?, detailSize: Int,
    into document: inout DOTDocument
  ) {
    document.table("BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"0\"") {
      $0.row { $0.wrapped(name, width: DOTText.defaultWidth) }
      $0.row { row in
        row.font(size: detailSize, colour: DiagramStyle.mutedInk) {
          $0.markup("«")
          $0.html(kind)
          $0.markup("»")
          if count > 1 {
            $0.markup(" ×")
            $0.html(Element.grouped(count))
          }
        }
      }
      if let badge {
        $0.markup("<TR>")
        $0.badgeCell(badge, size: detailSize)
        $0.markup("</TR>")
      }
    }
  }

  /// A data store: open-ended, with a line above and below and nothing at the sides.
  static func writeStoreLabel(
    fill: String, into document: inout DOTDocument, _ content: (inout DOTDocument) -> Void
  ) {
    document.table("BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\"") {
      $0.markup("<TR><TD SIDES=\"TB\" BORDER=\"2\" COLOR=\"")
      $0.constant(DiagramStyle.ink)
      $0.markup("\" BGCOLOR=\"")
      $0.constant(fill)
      $0.markup("\" CELLPADDING=\"6\">")
      content(&$0)
      $0.markup("</TD></TR>")
    }
  }
}
