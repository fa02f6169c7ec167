/// An HTML-like Graphviz label under construction.
///
/// User text only enters through `text`, which
/// escapes it; markup only through the builders below, which take our own constants.
struct HTMLLabel: Hashable, Sendable {
  private(set) var markup: String

  init(markup: String = "") { self.markup = markup }

  /// Escaped user text.
  static func text(_ text: String) -> HTMLLabel { HTMLLabel(markup: DOTText.html(text)) }

  /// Lines of user text joined with line breaks.
  static func lines(_ lines: [String]) -> HTMLLabel {
    HTMLLabel(markup: lines.map(DOTText.html).joined(separator: "<BR/>"))
  }

  static func + (lhs: HTMLLabel, rhs: HTMLLabel) -> HTMLLabel {
    HTMLLabel(markup: lhs.markup + rhs.markup)
  }

  /// The label in a font of `size` points and `colour`.
  func font(size: Int? = nil, colour: String? = nil, bold: Bool = false) -> HTMLLabel {
    var open = "<FONT"
    if let size { open += " POINT-SIZE=\"\(size)\"" }
    if let colour { open += " COLOR=\"\(colour)\"" }
    let inner = bold ? "<B>" + markup + "</B>" : markup
    if size == nil && colour == nil { return HTMLLabel(markup: inner) }
    return HTMLLabel(markup: open + ">" + inner + "</FONT>")
  }

  /// The label as one table cell with our own cell attributes.
  func cell(_ attributes: String = "") -> HTMLLabel {
    HTMLLabel(
      markup: "<TR><TD\(attributes.isEmpty ? "" : " " + attributes)>" + markup + "</TD></TR>")
  }

  /// Rows (made with `cell`) wrapped in a table with our own table attributes.
  static func table(_ attributes: String, _ rows: [HTMLLabel]) -> HTMLLabel {
    HTMLLabel(markup: "<TABLE \(attributes)>" + rows.map(\.markup).joined() + "</TABLE>")
  }

  /// A threat badge row: the badge text on the severity colour.
  static func badge(_ badge: ThreatBadge) -> HTMLLabel {
    text(" " + badge.text + " ").font(size: 8, colour: "#ffffff", bold: true)
      .cell("BGCOLOR=\"\(DiagramStyle.badge(badge.severity))\" CELLPADDING=\"1\"")
  }
}

extension String {
  /// A one-cell row's cell alone (`<TR><TD>…</TD></TR>` → `<TD>…</TD>`).
  func droppingRowTags() -> String {
    String(dropFirst("<TR>".count).dropLast("</TR>".count))
  }
}
