import DFDModel

extension DOTDocument {
  /// What `body` writes in a font of `size` points and `colour`, bold or not: the `FONT` tag
  /// only with a size or colour, the `B` tags only when bold.
  mutating func font(
    size: Int? = nil, colour: String? = nil, bold: Bool = false,
    _ body: (inout DOTDocument) -> Void
  ) {
    let tagged = size != nil || colour != nil
    if tagged { markup("<FONT") }
    if let size {
      markup(" POINT-SIZE=\"")
      number(size)
      markup("\"")
    }
    if let colour {
      markup(" COLOR=\"")
      constant(colour)
      markup("\"")
    }
    if tagged { markup(">") }
    if bold { markup("<B>") }
    body(&self)
    if bold { markup("</B>") }
    if tagged { markup("</FONT>") }
  }

  /// User text in a font, as `font(size:colour:bold:_:)` with `html(text)` inside.
  mutating func font(_ text: String, size: Int? = nil, colour: String? = nil, bold: Bool = false) {
    font(size: size, colour: colour, bold: bold) { $0.html(text) }
  }

  /// `<TR><TD>…</TD></TR>`: a row of one plain cell around what `body` writes.
  mutating func row(_ body: (inout DOTDocument) -> Void) {
    markup("<TR><TD>")
    body(&self)
    markup("</TD></TR>")
  }

  /// A table with our own `attributes` around the rows that `body` writes.
  mutating func table(_ attributes: StaticString, _ body: (inout DOTDocument) -> Void) {
    markup("<TABLE ")
    markup(attributes)
    markup(">")
    body(&self)
    markup("</TABLE>")
  }

  /// A threat badge's cell: the badge text, bold white on the severity colour, in `size`-point
  /// type.
  mutating func badgeCell(_ badge: ThreatBadge.Summary, size: Int) {
    markup("<TD BGCOLOR=\"")
    constant(DiagramStyle.badge(badge.severity))
    markup("\" CELLPADDING=\"1\">")
    font(size: size, colour: "#ffffff", bold: true) {
      $0.markup(" ")
      $0.badgeText(badge)
      $0.markup(" ")
    }
    markup("</TD>")
  }

  /// A boundary's type badge: the style's word, bold white on the style's colour, in
  /// `size`-point type (7 on screen; on paper, where nothing is drawn below 8 points so that
  /// it can be scaled down, the detail size).
  mutating func boundaryBadgeCell(_ style: BoundaryStyle, size: Int) {
    markup("<TD BGCOLOR=\"")
    constant(style.colour)
    markup("\" CELLPADDING=\"1\">")
    font(size: size, colour: "#ffffff", bold: true) {
      $0.markup(" ")
      $0.constant(style.word)
      $0.markup(" ")
    }
    markup("</TD>")
  }

  /// What a badge says, `STI 3 · high` (letters, digits and words: nothing to escape).
  mutating func badgeText(_ badge: ThreatBadge.Summary) {
    badge.forEachLetter { byte($0) }
    markup(" ")
    number(badge.count)
    markup(" · ")
    constant(badge.severity.rawValue)
  }

  /// The open findings of `badge` in a tooltip: one line per finding (`tooltipLines`), or, when
  /// not `listed`, one line that counts them (`5 open findings: STI, highest high`).
  mutating func tooltipFindings(_ badge: ThreatBadge?, listed: Bool) {
    if listed { return tooltipLines(badge) }
    guard let summary = badge?.summary else { return }
    markup("\\n")
    number(summary.count)
    markup(summary.count == 1 ? " open finding: " : " open findings: ")
    summary.forEachLetter { byte($0) }
    markup(", highest ")
    constant(summary.severity.rawValue)
  }

  /// One tooltip line per finding of `badge`, each after a line break: id, severity, title and
  /// first mitigation, as `ThreatBadge.tooltipLines` gives them.
  mutating func tooltipLines(_ badge: ThreatBadge?) {
    for finding in badge?.findings ?? [] {
      markup("\\n")
      text(finding.rule)
      markup("@")
      text(finding.target)
      markup(" [")
      constant(finding.severity.rawValue)
      markup("]: ")
      text(finding.title)
      if let mitigation = finding.mitigations.first {
        markup(" — fix: ")
        text(mitigation)
      }
    }
  }
}
