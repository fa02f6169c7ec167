import OutputEscaping

/// An HTML-like Graphviz label under construction.
///
/// User text only enters through `text`, which
/// escapes it; markup only through the builders below, which take our own constants.
struct HTMLLabel: Hashable, Sendable {
  private(set) var markup: String

  init(markup: String = "") { self.markup = markup }

  /// Escaped user text.
  static func text(_ text: String) -> HTMLLabel { HTMLLabel(markup: Escaping.dotHTML(text)) }

  /// Lines of user text joined with line breaks.
  static func lines(_ lines: [String]) -> HTMLLabel {
    HTMLLabel(markup: lines.map(Escaping.dotHTML).joined(separator: "<BR/>"))
  }

  static func + (lhs: HTMLLabel, rhs: HTMLLabel) -> HTMLLabel {
    var markup = lhs.markup
    markup += rhs.markup
    return HTMLLabel(markup: markup)
  }

  /// The label in a font of `size` points and `colour`.
  func font(size: Int? = nil, colour: String? = nil, bold: Bool = false) -> HTMLLabel {
    var out = ""
    out.reserveCapacity(markup.utf8.count + 48)
    if size != nil || colour != nil { out += "<FONT" }
    if let size { out += " POINT-SIZE=\"" + String(size) + "\"" }
    if let colour { out += " COLOR=\"" + colour + "\"" }
    if size != nil || colour != nil { out += ">" }
    out += bold ? "<B>" : ""
    out += markup
    out += bold ? "</B>" : ""
    if size != nil || colour != nil { out += "</FONT>" }
    return HTMLLabel(markup: out)
  }

  /// The label as one table cell with our own cell attributes.
  func cell(_ attributes: String = "") -> HTMLLabel {
    var out = "<TR><TD"
    out.reserveCapacity(markup.utf8.count + attributes.utf8.count + 20)
    if !attributes.isEmpty { out += " " + attributes }
    out += ">"
    out += markup
    out += "</TD></TR>"
    return HTMLLabel(markup: out)
  }

  /// Rows (made with `cell`) wrapped in a table with our own table attributes.
  static func table(_ attributes: String, _ rows: [HTMLLabel]) -> HTMLLabel {
    var out = "<TABLE "
    out.reserveCapacity(rows.reduce(attributes.utf8.count + 16) { $0 + $1.markup.utf8.count })
    out += attributes
    out += ">"
    for row in rows { out += row.markup }
    out += "</TABLE>"
    return HTMLLabel(markup: out)
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
