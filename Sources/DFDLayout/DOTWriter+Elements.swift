import DFDModel
import OutputEscaping

extension DOTWriter {
  /// The attributes of an element's node: hooks, shape by category, label with kind and badge.
  func nodeAttributes(_ element: Element, badge: ThreatBadge?) -> DOTAttributes {
    var attributes = DOTAttributes()
    attributes.set(.id, token: SVGIdentifier.element(element.id))
    let classes = ["element", element.category.rawValue, SVGIdentifier.className(element.kind)]
    attributes.set(.class, token: classes.joined(separator: " "))
    let content = Self.elementContent(
      name: element.displayName, kind: element.kind, badge: badge)
    switch element.category {
    case .external:
      attributes.set(.shape, token: "box")
      attributes.set(.style, token: "filled")
      attributes.set(.penwidth, token: "1.4")
    case .process:
      attributes.set(.shape, token: "box")
      attributes.set(.style, token: "rounded,filled")
      attributes.set(.penwidth, token: "1.2")
    case .device:
      attributes.set(.shape, token: "box")
      attributes.set(.style, token: "filled")
      attributes.set(.peripheries, token: "2")
      attributes.set(.penwidth, token: "1.2")
    case .store:
      attributes.set(.shape, token: "plain")
    }
    if element.category == .store {
      attributes.set(.label, .html(Self.storeLabel(content, fill: DiagramStyle.fill(.store))))
    } else {
      attributes.set(.fillcolor, token: DiagramStyle.fill(element.category))
      attributes.set(.label, .html(content))
    }
    var tooltip = [
      "\(element.id) «\(element.kind)», \(element.category.title): \(element.displayName)"
    ]
    tooltip += badge?.tooltipLines ?? []
    attributes.set(.tooltip, .text(tooltip.joined(separator: "\n")))
    return attributes
  }

  /// The inside of a node: the name (wrapped), the kind in small type, and the badge.
  static func elementContent(name: String, kind: String, badge: ThreatBadge?) -> HTMLLabel {
    var rows = [
      HTMLLabel.lines(DOTText.wrapped(name)).cell(),
      HTMLLabel.text("«" + kind + "»").font(size: 8, colour: DiagramStyle.mutedInk).cell(),
    ]
    if let badge { rows.append(HTMLLabel.badge(badge)) }
    return .table("BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"0\"", rows)
  }

  /// A data store: open-ended, with a line above and below and nothing at the sides.
  static func storeLabel(_ content: HTMLLabel, fill: String) -> HTMLLabel {
    let cell = content.cell(
      "SIDES=\"TB\" BORDER=\"2\" COLOR=\"\(DiagramStyle.ink)\" BGCOLOR=\"\(fill)\" CELLPADDING=\"6\""
    )
    return .table("BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\"", [cell])
  }
}
