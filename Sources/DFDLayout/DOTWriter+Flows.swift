import DFDModel
import OutputEscaping

extension DOTWriter {
  /// The attributes of a flow's edge: hooks, crossing emphasis, two-way arrows, and an external
  /// label with number, label, protocol and badge (never an edge `label`, which trips dot 2.42).
  func edgeAttributes(_ flow: Flow, number: Int, in diagram: Diagram, badge: ThreatBadge?)
    -> DOTAttributes
  {
    let crossing = diagram.crossesBoundary(flow)
    let encrypted = security.isEncrypted(flow)
    var attributes = DOTAttributes()
    attributes.set(.id, token: SVGIdentifier.flow(flow.id))
    var classes = ["flow"]
    if crossing { classes.append("crossing") }
    if !encrypted { classes.append("unencrypted") }
    attributes.set(.class, token: classes.joined(separator: " "))
    switch (crossing, encrypted) {
    case (false, _):
      attributes.set(.color, token: DiagramStyle.flowColour)
      attributes.set(.penwidth, token: "1.2")
    case (true, true):
      attributes.set(.color, token: DiagramStyle.crossingColour)
      attributes.set(.penwidth, token: "2.4")
    case (true, false):
      attributes.set(.color, token: DiagramStyle.unencryptedColour)
      attributes.set(.penwidth, token: "3")
      attributes.set(.style, token: "dashed")
    }
    if flow.isTwoWay { attributes.set(.dir, token: "both") }
    let lines = Self.titleLines(flow)
    attributes.set(.xlabel, .html(Self.flowLabel(flow, number: number, badge: badge, lines: lines)))
    if !options.fast,
      let length = Self.labelExtent(flow, number: number, badge: badge, lines: lines).minimumLength(
        direction: options.direction, rankSeparation: Double(DiagramStyle.rankSeparation) ?? 1)
    {
      attributes.set(.minlen, token: String(length))
    }
    var tooltip = ["flow \(number) \(flow.source) → \(flow.target): \(flow.displayName)"]
    if let name = flow.protocol { tooltip[0] += " (\(name))" }
    if crossing {
      tooltip.append(
        encrypted ? "crosses a trust boundary, encrypted" : "crosses a trust boundary UNENCRYPTED")
    }
    tooltip += badge?.tooltipLines ?? []
    attributes.set(.tooltip, .text(tooltip.joined(separator: "\n")))
    return attributes
  }

  /// `1. Readings` over the protocol in small type and the badge, side by side.
  static func flowLabel(_ flow: Flow, number: Int, badge: ThreatBadge?, lines: [String])
    -> HTMLLabel
  {
    let title =
      HTMLLabel.text("\(number). ").font(bold: true)
      + HTMLLabel.lines(lines)
    var rows = [title.cell()]
    var details: [String] = []
    if let name = flow.protocol {
      details.append(
        "<TD>" + HTMLLabel.text(name).font(size: 8, colour: DiagramStyle.mutedInk).markup + "</TD>")
    }
    if let badge { details.append(HTMLLabel.badge(badge).markup.droppingRowTags()) }
    if !details.isEmpty {
      let inner =
        "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"0\"><TR>"
        + details.joined() + "</TR></TABLE>"
      rows.append(HTMLLabel(markup: inner).cell())
    }
    return .table(
      "BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" BGCOLOR=\"#ffffffd0\"",
      rows)
  }

  /// The label's text wrapped at word boundaries (the number goes before the first line).
  static func titleLines(_ flow: Flow) -> [String] {
    DOTText.wrapped(flow.label ?? "", width: DiagramStyle.flowLabelWidth)
  }

  /// The estimated size of the label that `flowLabel` draws with the same `lines`.
  static func labelExtent(_ flow: Flow, number: Int, badge: ThreatBadge?, lines: [String])
    -> FlowLabelExtent
  {
    var lines = lines
    lines[0] = "\(number). " + lines[0]
    var details = flow.protocol?.count ?? 0
    if let badge { details += badge.text.count + (details > 0 ? 3 : 2) }
    return FlowLabelExtent(lines: lines, fontSize: DiagramStyle.flowFontSize, details: details)
  }
}
