import DFDModel
import OutputEscaping

extension ReportContext {
  /// The built-in Markdown template's STRIDE-per-element sections, written directly: the same
  /// text the `items` section of `report.md.mustache` gives, without the template engine.
  func itemsMarkdown() -> String {
    let items = itemList()
    var out = TextBuffer(capacity: items.count * 900)
    for item in items {
      out.append("### ")
      out.appendMarkdown(item.name)
      out.append("\n\n")
      out.appendMarkdown(item.kindTitle)
      out.append(" ")
      out.appendMarkdown(item.id)
      if !item.detail.isEmpty {
        out.append(" · ")
        out.appendMarkdown(item.detail)
      }
      if !item.boundary.isEmpty {
        out.append(" · ")
        out.appendMarkdown(item.boundary)
      }
      out.append(
        "\n\n| STRIDE | Rules that fired | Status | Question for the supplier | Answer |\n")
      out.append("| --- | --- | --- | --- | --- |\n")
      for category in item.categories {
        let fired = item.findings.filter { $0.stride.contains(category) }
        out.append("| ")
        out.appendMarkdown(String(category.letter))
        out.append(" ")
        out.appendMarkdown(category.title)
        out.append(" | ")
        out.appendMarkdown(Self.rulesText(fired))
        if fired.isEmpty { out.append("none") }
        out.append(" | ")
        out.appendMarkdown(Self.statusText(fired))
        out.append(" | ")
        out.appendMarkdown(Self.askText(fired))
        out.append(" | |\n")
      }
      out.append("\n")
    }
    return out.text
  }

  /// The built-in Markdown template's finding details, written directly: the same text the
  /// `findings` section of `report.md.mustache` gives.
  func findingDetailsMarkdown() -> String {
    let ordered = MarkdownTableWriter.ordered(input.findings)
    var out = TextBuffer(capacity: ordered.count * 1_200)
    for (offset, finding) in ordered.enumerated() {
      out.append("### ")
      out.append(offset + 1)
      out.append(". ")
      out.appendMarkdown(finding.title)
      out.append("\n\n")
      for (index, field) in [
        finding.rule, finding.targetKind.rawValue, input.targetName(of: finding),
        finding.strideNames, finding.severity.title, finding.status.title,
      ].enumerated() {
        out.append(["", " on ", " ", " · ", " · ", " · "][index])
        out.appendMarkdown(field)
      }
      out.append("\n\n")
      if !finding.description.isEmpty { paragraph(finding.description, to: &out) }
      list("Why it fired:", finding.why.map(\.text), to: &out)
      list("Mitigations:", finding.mitigations, to: &out)
      if !finding.references.isEmpty {
        out.append("References: ")
        for (index, reference) in finding.references.enumerated() {
          if index > 0 { out.append("; ") }
          out.appendMarkdown(reference.text)
        }
        out.append("\n\n")
      }
      if let ask = finding.ask, !ask.isEmpty {
        paragraph(ask, label: "Question for the supplier: ", to: &out)
      }
      if let note = finding.note, !note.isEmpty { paragraph(note, label: "Note: ", to: &out) }
      if let ticket = finding.ticket, !ticket.isEmpty {
        paragraph(ticket, label: "Ticket: ", to: &out)
      }
      if let by = finding.triage?.by, !by.isEmpty { paragraph(by, label: "Triaged by: ", to: &out) }
      if let date = finding.triage?.date, !date.isEmpty {
        paragraph(date, label: "Triage date: ", to: &out)
      }
    }
    return out.text
  }

  private func paragraph(_ text: String, label: String = "", to out: inout TextBuffer) {
    out.append(label)
    out.appendMarkdown(text)
    out.append("\n\n")
  }

  private func list(_ heading: String, _ lines: [String], to out: inout TextBuffer) {
    guard !lines.isEmpty else { return }
    out.append(heading)
    out.append("\n\n")
    for line in lines {
      out.append("- ")
      out.appendMarkdown(line)
      out.append("\n")
    }
    out.append("\n")
  }
}
