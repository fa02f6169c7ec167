import DFDModel
import OutputEscaping

extension DOTWriter {
  /// What decides how a flow's edge is drawn.
  struct EdgeLook: Hashable, Sendable {
    /// Whether the ends sit in different innermost boundaries.
    var crossing: Bool
    /// Whether the flow is encrypted in transit.
    var encrypted: Bool
  }

  /// A flow's edge: hooks, crossing emphasis, two-way arrows, and an external label with
  /// number, label, protocol and badge (never an edge `label`, which trips dot 2.42).
  ///
  /// `numbers` are the flow's (`FlowNumbers.shown`): its own, or a merged flow's members'.
  func writeEdge(
    _ flow: Flow, numbers: [Int], look: EdgeLook, badge: ThreatBadge?,
    into document: inout DOTDocument
  ) {
    let number = numbers[0]
    let (crossing, encrypted) = (look.crossing, look.encrypted)
    let paths = attackPaths(through: flow.id)
    document.startEdge(flow.source, flow.target)
    document.attribute(.id) {
      $0.markup("flow-")
      $0.slug(flow.id)
    }
    document.attribute(.class) {
      $0.markup("flow")
      if crossing { $0.markup(" crossing") }
      if !encrypted { $0.markup(" unencrypted") }
      if !paths.isEmpty { $0.markup(" attack-path") }
    }
    switch (crossing, encrypted) {
    case _ where !paths.isEmpty:
      // On an attack path: the path's colour, heaviest of all, dashed if unencrypted.
      document.attribute(.color, token: DiagramStyle.attackPathColour)
      document.attribute(.penwidth, "4.5")
      if crossing && !encrypted { document.attribute(.style, "dashed") }
    case (false, _):
      document.attribute(.color, token: DiagramStyle.flowColour)
      document.attribute(.penwidth, "1.2")
    case (true, true):
      document.attribute(.color, token: DiagramStyle.crossingColour)
      document.attribute(.penwidth, "2.4")
    case (true, false):
      document.attribute(.color, token: DiagramStyle.unencryptedColour)
      document.attribute(.penwidth, "3")
      document.attribute(.style, "dashed")
    }
    if flow.isTwoWay { document.attribute(.dir, "both") }
    if options.preset == .unranked { document.attribute(.constraint, "false") }
    let summary = badge?.summary
    let extent: FlowLabelExtent?
    if options.fast || options.compactFlowLabels {
      Self.writeCompactFlowLabel(numbers: numbers, badge: summary, into: &document)
      // Under the fast preset (thousands of flows) no room is made for the labels.
      extent = options.fast ? nil : Self.compactLabelExtent(numbers: numbers, badge: summary)
    } else {
      var lines = DOTDocument.LineShape()
      document.htmlAttribute(.xlabel) {
        lines = Self.writeFlowLabel(
          flow, number: number, badge: summary, detailSize: detailFontSize, into: &$0)
      }
      extent = Self.labelExtent(
        flow, number: number, badge: summary, lines: lines, detailSize: detailFontSize)
    }
    // Without room between its ends, council-bms's compact overview put 4 labels on elements.
    if let length = extent?.minimumLength(
      direction: options.direction, rankSeparation: Double(rankSeparation) ?? 1)
    {
      document.attribute(.minlen) { $0.number(length) }
    }
    document.attribute(.tooltip) {
      $0.markup("flow ")
      $0.number(number)
      $0.markup(" ")
      $0.text(flow.source)
      $0.markup(" → ")
      $0.text(flow.target)
      $0.markup(": ")
      $0.text(flow.displayName)
      if let name = flow.protocol {
        $0.markup(" (")
        $0.text(name)
        $0.markup(")")
      }
      if crossing {
        if encrypted {
          $0.markup("\\ncrosses a trust boundary, encrypted")
        } else {
          $0.markup("\\ncrosses a trust boundary UNENCRYPTED")
        }
      }
      for number in paths {
        $0.markup("\\non attack path P")
        $0.number(number)
        if options.attackPaths[number - 1].entry == .internet {
          $0.markup(" (from the internet)")
        } else {
          $0.markup(" (from a supplier)")
        }
      }
      $0.tooltipFindings(badge, listed: options.listsFindingsInTooltips)
    }
    document.endStatement()
  }

  /// The numbers (from 1) of the highlighted attack paths that take flow `id`.
  func attackPaths(through id: String) -> [Int] {
    options.attackPaths.indices.filter { options.attackPaths[$0].flows.contains(id) }.map { $0 + 1 }
  }

  /// The numbers (from 1) of the highlighted attack paths that start or end at element `id`.
  func attackPaths(endingAt id: String) -> [Int] {
    options.attackPaths.indices.filter {
      options.attackPaths[$0].elements.first == id || options.attackPaths[$0].elements.last == id
    }
    .map { $0 + 1 }
  }

  /// `1. Readings` over the protocol in small type and the badge, side by side; returns the
  /// shape of the label's lines (without the number).
  static func writeFlowLabel(
    _ flow: Flow, number: Int, badge: ThreatBadge.Summary?, detailSize: Int,
    into document: inout DOTDocument
  ) -> DOTDocument.LineShape {
    var lines = DOTDocument.LineShape()
    document.table(
      "BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" BGCOLOR=\"#ffffffd0\""
    ) {
      $0.row { row in
        row.markup("<B>")
        row.number(number)
        row.markup(". </B>")
        lines = row.wrapped(flow.label ?? "", width: DiagramStyle.flowLabelWidth)
      }
      guard flow.protocol != nil || badge != nil else { return }
      $0.row { row in
        row.table("BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"0\"") {
          $0.markup("<TR>")
          if let name = flow.protocol {
            $0.markup("<TD>")
            $0.font(name, size: detailSize, colour: DiagramStyle.mutedInk)
            $0.markup("</TD>")
          }
          if let badge { $0.badgeCell(badge, size: detailSize) }
          $0.markup("</TR>")
        }
      }
    }
    return lines
  }

  /// Under the fast preset, `12` or `12 · STI 3 · high` as plain text in the badge's colour:
  /// thousands of one-line labels are far cheaper to lay out and place than tables (label and
  /// protocol stay in the tooltip, and the report lists every flow's findings).
  ///
  /// A merged flow shows its members' numbers (`8, 15 · T 2 · high`), as `FlowNumbers.listed`
  /// lists them.
  static func writeCompactFlowLabel(
    numbers: [Int], badge: ThreatBadge.Summary?, into document: inout DOTDocument
  ) {
    document.attribute(.xlabel) {
      $0.constant(FlowNumbers.listed(numbers))  // digits and our own words only
      if let badge {
        $0.markup(" · ")
        $0.badgeText(badge)
      }
    }
    if let badge { document.attribute(.fontcolor, token: DiagramStyle.badge(badge.severity)) }
  }

  /// The estimated size of the one line that `writeCompactFlowLabel` wrote.
  static func compactLabelExtent(numbers: [Int], badge: ThreatBadge.Summary?) -> FlowLabelExtent {
    var characters = FlowNumbers.listed(numbers).count
    if let badge { characters += 3 + badge.characterCount }
    return FlowLabelExtent(
      lineCount: 1, longest: characters, fontSize: DiagramStyle.flowFontSize, details: 0,
      detailSize: 8)
  }

  /// The estimated size of the label that `writeFlowLabel` drew with lines of `lines`' shape.
  static func labelExtent(
    _ flow: Flow, number: Int, badge: ThreatBadge.Summary?, lines: DOTDocument.LineShape,
    detailSize: Int
  ) -> FlowLabelExtent {
    var numberWidth = 3  // the number's first digit, ". "
    var rest = number
    while rest >= 10 {
      numberWidth += 1
      rest /= 10
    }
    var details = flow.protocol?.count ?? 0
    if let badge { details += badge.characterCount + (details > 0 ? 3 : 2) }
    return FlowLabelExtent(
      lineCount: lines.count, longest: max(numberWidth + lines.first, lines.longestAfterFirst),
      fontSize: DiagramStyle.flowFontSize, details: details, detailSize: detailSize)
  }
}
