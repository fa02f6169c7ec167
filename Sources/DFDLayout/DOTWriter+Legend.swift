import DFDModel

extension DOTWriter {
  /// The graph's label: the model's title and, unless turned off, the legend.
  ///
  /// It sits under the drawing as a title block with the element shapes, the boundary, the flow
  /// styles and the badge colours. Being the graph label, it takes no part in the layout and
  /// never crowds the diagram; its items carry no classes (Graphviz writes no ids for
  /// graph-label cells).
  func titleBlock(title: String?) -> HTMLLabel? {
    var rows: [HTMLLabel] = []
    if let title {
      rows.append(HTMLLabel.text(title).font(size: 16, bold: true).cell("ALIGN=\"LEFT\""))
    }
    if options.showLegend {
      rows.append(HTMLLabel(markup: legendShapes).cell("ALIGN=\"LEFT\""))
      rows.append(HTMLLabel(markup: legendFlows).cell("ALIGN=\"LEFT\""))
      if options.showThreats {
        rows.append(HTMLLabel(markup: legendThreats).cell("ALIGN=\"LEFT\""))
      }
    }
    guard !rows.isEmpty else { return nil }
    return .table("BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\"", rows)
  }

  private static let rowTable =
    "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"6\" CELLPADDING=\"3\"><TR>"

  private static func caption(_ text: String) -> String {
    "<TD ALIGN=\"LEFT\">"
      + HTMLLabel.text(text).font(size: 9, colour: DiagramStyle.mutedInk, bold: true).markup
      + "</TD>"
  }

  private static func sample(_ text: String, _ attributes: String) -> String {
    "<TD \(attributes)>" + HTMLLabel.text(text).font(size: 9).markup + "</TD>"
  }

  /// Element shapes and the trust boundary, drawn as they appear in the diagram.
  private var legendShapes: String {
    let ink = "COLOR=\"\(DiagramStyle.ink)\""
    let cells = [
      Self.caption("Legend"),
      Self.sample(
        "external entity", "BORDER=\"1\" \(ink) BGCOLOR=\"\(DiagramStyle.fill(.external))\""),
      "<TD><TABLE STYLE=\"rounded\" BORDER=\"1\" \(ink) BGCOLOR=\"\(DiagramStyle.fill(.process))\" CELLPADDING=\"3\"><TR>"
        + Self.sample("process", "BORDER=\"0\"") + "</TR></TABLE></TD>",
      "<TD><TABLE BORDER=\"1\" \(ink) CELLSPACING=\"2\" CELLPADDING=\"2\" CELLBORDER=\"1\"><TR>"
        + Self.sample("device", "BGCOLOR=\"\(DiagramStyle.fill(.device))\"") + "</TR></TABLE></TD>",
      Self.sample(
        "data store", "SIDES=\"TB\" BORDER=\"2\" \(ink) BGCOLOR=\"\(DiagramStyle.fill(.store))\""),
      "<TD STYLE=\"dashed\" BORDER=\"2\" COLOR=\"\(DiagramStyle.boundaryColour)\" BGCOLOR=\"\(DiagramStyle.boundary(depth: 0).fill)\">"
        + HTMLLabel.text("trust boundary  [type]").font(
          size: 9, colour: DiagramStyle.boundaryColour, bold: true
        ).markup
        + "</TD>",
    ]
    return Self.rowTable + cells.joined() + "</TR></TABLE>"
  }

  /// The three flow styles and the two-way arrow.
  private var legendFlows: String {
    func line(_ glyphs: String, _ colour: String, _ meaning: String) -> String {
      "<TD ALIGN=\"LEFT\">"
        + HTMLLabel.text(glyphs).font(size: 10, colour: colour, bold: true).markup
        + HTMLLabel.text(" " + meaning).font(size: 9).markup + "</TD>"
    }
    let cells = [
      Self.caption("Flows"),
      line("1 ───▶", DiagramStyle.flowColour, "inside one boundary"),
      line("1 ━━━▶", DiagramStyle.crossingColour, "crosses a boundary, encrypted"),
      line("1 ╺ ╺ ╺▶", DiagramStyle.unencryptedColour, "crosses a boundary, unencrypted"),
      line("◀──▶", DiagramStyle.flowColour, "two-way"),
    ]
    return Self.rowTable + cells.joined() + "</TR></TABLE>"
  }

  /// What a badge says and the severity colours.
  private var legendThreats: String {
    func badge(_ text: String, _ severity: Severity) -> String {
      "<TD BGCOLOR=\"\(DiagramStyle.badge(severity))\">"
        + HTMLLabel.text(" " + text + " ").font(size: 8, colour: "#ffffff", bold: true).markup
        + "</TD>"
    }
    var cells = [Self.caption("Threats"), badge("STI 3 · high", .high)]
    cells.append(
      "<TD ALIGN=\"LEFT\">"
        + HTMLLabel.text("= STRIDE letters, open findings, worst severity:").font(size: 9).markup
        + "</TD>")
    cells += Severity.allCases.reversed().map { badge($0.rawValue, $0) }
    return Self.rowTable + cells.joined() + "</TR></TABLE>"
  }
}
