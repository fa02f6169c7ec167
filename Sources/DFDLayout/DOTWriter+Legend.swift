import DFDModel

extension DOTWriter {
  /// Whether the graph has a label: the model's title, the legend, or both.
  func hasTitleBlock(title: String?) -> Bool { title != nil || options.showLegend }

  /// The graph's label: the model's title and, unless turned off, the legend.
  ///
  /// It sits under the drawing as a title block with the element shapes, the boundary styles in
  /// `boundaries` (those the picture uses, and only those), the flow styles and the badge colours. Being the graph label, it takes no part in the layout and
  /// never crowds the diagram; its items carry no classes (Graphviz writes no ids for
  /// graph-label cells).
  func writeTitleBlock(
    title: String?, boundaries: [BoundaryStyle], into document: inout DOTDocument
  ) {
    document.table("BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\"") {
      if let title {
        $0.markup("<TR><TD ALIGN=\"LEFT\">")
        $0.font(title, size: 16, bold: true)
        $0.markup("</TD></TR>")
      }
      guard options.showLegend else { return }
      // On paper the legend's long rows wrap, so that it fits a portrait page.
      let paper = options.page != nil
      Self.legendRow(Self.writeLegendShapes, into: &$0)
      if !boundaries.isEmpty {
        Self.legendRow(
          { Self.writeLegendBoundaries(boundaries, wrapping: paper, into: &$0) }, into: &$0)
      }
      Self.legendRow({ Self.writeLegendFlows(wrapping: paper, into: &$0) }, into: &$0)
      if !options.attackPaths.isEmpty { Self.legendRow(Self.writeLegendPaths, into: &$0) }
      if options.showThreats {
        Self.legendRow({ Self.writeLegendThreats(wrapping: paper, into: &$0) }, into: &$0)
      }
    }
  }

  /// A left-aligned row holding a table of legend cells.
  private static func legendRow(
    _ cells: (inout DOTDocument) -> Void, into document: inout DOTDocument
  ) {
    document.markup("<TR><TD ALIGN=\"LEFT\">")
    document.table("BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"6\" CELLPADDING=\"3\"") {
      $0.markup("<TR>")
      cells(&$0)
      $0.markup("</TR>")
    }
    document.markup("</TD></TR>")
  }

  /// With `wrapping`, ends the legend row's line and starts the next under the caption.
  ///
  /// The new line is one cell spanning `span` columns, holding a table of its own so that its
  /// cells do not take the widths of the line above. `open` says whether such a cell is open, and
  /// `endWrap` closes it.
  private static func wrap(
    _ wrapping: Bool, span: Int, open: inout Bool, into document: inout DOTDocument
  ) {
    guard wrapping else { return }
    endWrap(&open, into: &document)
    document.markup("</TR><TR><TD></TD><TD ALIGN=\"LEFT\" COLSPAN=\"")
    document.number(span)
    document.markup("\"><TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"6\" ")
    document.markup("CELLPADDING=\"3\"><TR>")
    open = true
  }

  /// Closes the cell that `wrap` opened, if any.
  private static func endWrap(_ open: inout Bool, into document: inout DOTDocument) {
    if open { document.markup("</TR></TABLE></TD>") }
    open = false
  }

  private static func caption(_ text: String, into document: inout DOTDocument) {
    document.markup("<TD ALIGN=\"LEFT\">")
    document.font(text, size: 9, colour: DiagramStyle.mutedInk, bold: true)
    document.markup("</TD>")
  }

  /// `<TD attributes>text</TD>` in 9-point type; `attributes` are our own.
  private static func sample(_ text: String, _ attributes: String, into document: inout DOTDocument)
  {
    document.markup("<TD ")
    document.constant(attributes)
    document.markup(">")
    document.font(text, size: 9)
    document.markup("</TD>")
  }

  /// Element shapes, drawn as they appear in the diagram.
  private static func writeLegendShapes(into document: inout DOTDocument) {
    let ink = "COLOR=\"\(DiagramStyle.ink)\""
    caption("Legend", into: &document)
    sample(
      "external entity", "BORDER=\"1\" \(ink) BGCOLOR=\"\(DiagramStyle.fill(.external))\"",
      into: &document)
    document.constant(
      "<TD><TABLE STYLE=\"rounded\" BORDER=\"1\" \(ink) BGCOLOR=\"\(DiagramStyle.fill(.process))\" CELLPADDING=\"3\"><TR>"
    )
    sample("process", "BORDER=\"0\"", into: &document)
    document.markup("</TR></TABLE></TD>")
    document.constant(
      "<TD><TABLE BORDER=\"1\" \(ink) CELLSPACING=\"2\" CELLPADDING=\"2\" CELLBORDER=\"1\"><TR>")
    sample("device", "BGCOLOR=\"\(DiagramStyle.fill(.device))\"", into: &document)
    document.markup("</TR></TABLE></TD>")
    sample(
      "data store", "SIDES=\"TB\" BORDER=\"2\" \(ink) BGCOLOR=\"\(DiagramStyle.fill(.store))\"",
      into: &document)
  }

  /// One sample per boundary style in `styles`: outline, fill, badge and meaning.
  private static func writeLegendBoundaries(
    _ styles: [BoundaryStyle], wrapping: Bool, into document: inout DOTDocument
  ) {
    caption("Boundaries", into: &document)
    for (index, style) in styles.enumerated() {
      // A new line under the caption, its samples in the columns of the line above: in a cell
      // spanning that line (as `wrap` makes) Graphviz widened a lone sample to the whole line,
      // its badge with it.
      if wrapping && index > 0 && index % 3 == 0 { document.markup("</TR><TR><TD></TD>") }
      document.markup("<TD STYLE=\"")
      document.constant(style.legendStyle)
      document.markup("\" BORDER=\"")
      document.constant(style.penwidth >= 2.2 ? "3" : "2")
      document.markup("\" COLOR=\"")
      document.constant(style.colour)
      document.markup("\" BGCOLOR=\"")
      document.constant(style.fill)
      document.markup("\">")
      document.table("BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"0\"") {
        $0.markup("<TR>")
        $0.boundaryBadgeCell(style, size: wrapping ? 8 : 7)
        $0.markup("<TD>")
        $0.font(style.meaning, size: 9, colour: style.colour, bold: true)
        $0.markup("</TD></TR>")
      }
      document.markup("</TD>")
    }
  }

  /// The three flow styles and the two-way arrow.
  private static func writeLegendFlows(wrapping: Bool, into document: inout DOTDocument) {
    func line(_ glyphs: String, _ colour: String, _ meaning: String) {
      document.markup("<TD ALIGN=\"LEFT\">")
      document.font(glyphs, size: 10, colour: colour, bold: true)
      document.font(" " + meaning, size: 9)
      document.markup("</TD>")
    }
    caption("Flows", into: &document)
    line("1 ───▶", DiagramStyle.flowColour, "inside one boundary")
    line("1 ━━━▶", DiagramStyle.crossingColour, "crosses a boundary, encrypted")
    var open = false
    wrap(wrapping, span: 2, open: &open, into: &document)
    line("1 ╺ ╺ ╺▶", DiagramStyle.unencryptedColour, "crosses a boundary, unencrypted")
    line("◀──▶", DiagramStyle.flowColour, "two-way")
    endWrap(&open, into: &document)
  }

  /// The attack-path line, drawn only with `render --paths`.
  private static func writeLegendPaths(into document: inout DOTDocument) {
    caption("Attack paths", into: &document)
    document.markup("<TD ALIGN=\"LEFT\">")
    document.font("━━━▶", size: 10, colour: DiagramStyle.attackPathColour, bold: true)
    document.font(" from an internet or supplier entry to safety-critical equipment", size: 9)
    document.markup("</TD>")
  }

  /// What a badge says and the severity colours.
  private static func writeLegendThreats(wrapping: Bool, into document: inout DOTDocument) {
    func badge(_ text: String, _ severity: Severity) {
      document.markup("<TD BGCOLOR=\"")
      document.constant(DiagramStyle.badge(severity))
      document.markup("\">")
      document.font(" " + text + " ", size: 8, colour: "#ffffff", bold: true)
      document.markup("</TD>")
    }
    caption("Threats", into: &document)
    badge("STI 3 · high", .high)
    document.markup("<TD ALIGN=\"LEFT\">")
    document.font("= STRIDE letters, open findings, worst severity:", size: 9)
    document.markup("</TD>")
    var open = false
    wrap(wrapping, span: 2, open: &open, into: &document)
    for severity in Severity.allCases.reversed() { badge(severity.rawValue, severity) }
    endWrap(&open, into: &document)
  }
}
