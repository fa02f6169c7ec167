import DFDModel
import OutputEscaping

extension ReportContext {
  /// The built-in HTML template's findings table rows, written directly.
  ///
  /// The same markup the rows section of `report.html.mustache` gives for `findings`, without
  /// the template engine's per-row cost. Each row ends with a newline.
  func findingRowsHTML() -> String {
    let ordered = MarkdownTableWriter.ordered(input.findings)
    var out = TextBuffer(capacity: ordered.count * 2_400)
    for (offset, finding) in ordered.enumerated() {
      writeRowHTML(finding, number: offset + 1, to: &out)
    }
    return out.text
  }

  private func writeRowHTML(_ finding: Finding, number: Int, to out: inout TextBuffer) {
    let diagramTarget = diagramTarget(of: finding)
    let severity = finding.severity.rawValue
    let status = finding.status.rawValue
    out.append("      <tr id=\"finding-")
    out.append(number)
    out.append("\" data-target=\"")
    out.appendHTML(diagramTarget)
    out.append("\" data-stride=\"")
    out.appendHTML(finding.stride.map { Escaping.token($0.rawValue) }.joined(separator: " "))
    out.append("\" data-severity=\"")
    out.appendHTML(severity)
    out.append("\" data-rank=\"")
    out.append(finding.severity.rank)
    out.append("\" data-status=\"")
    out.appendHTML(status)
    out.append("\" data-number=\"")
    out.append(number)
    out.append("\">\n        <td class=\"num\">")
    out.append(number)
    out.append("</td>\n        <td class=\"rule\"><code>")
    out.appendHTML(finding.rule)
    out.append(
      "</code></td>\n        <td class=\"target\"><a href=\"#diagram\" class=\"target-link\" data-select=\""
    )
    out.appendHTML(diagramTarget)
    out.append("\">")
    out.appendHTML(input.targetName(of: finding))
    out.append("</a><span class=\"kind\">")
    out.appendHTML(finding.targetKind.rawValue)
    out.append(" <code>")
    out.appendHTML(finding.target)
    out.append("</code></span></td>\n        <td class=\"stride\">")
    for category in finding.stride {
      out.append("<abbr class=\"letter\" title=\"")
      out.appendHTML(category.title)
      out.append("\">")
      out.appendHTML(String(category.letter))
      out.append("</abbr>")
    }
    out.append("</td>\n        <td><span class=\"badge sev sev-")
    out.appendHTML(severity)
    out.append("\">")
    out.appendHTML(finding.severity.title)
    out.append("</span></td>\n        <td><span class=\"badge status status-")
    out.appendHTML(status)
    out.append("\">")
    out.appendHTML(finding.status.title)
    out.append("</span>")
    if let note = finding.note, !note.isEmpty {
      out.append("<p class=\"note\">")
      out.appendHTML(note)
      out.append("</p>")
    }
    if let ticket = finding.ticket, !ticket.isEmpty {
      out.append("<p class=\"ticket\">Ticket ")
      out.appendHTML(ticket)
      out.append("</p>")
    }
    if let by = finding.triage?.by, !by.isEmpty {
      out.append("<p class=\"triaged-by\">Triaged by ")
      out.appendHTML(by)
      out.append("</p>")
    }
    if let date = finding.triage?.date, !date.isEmpty {
      out.append("<p class=\"triage-date\">Triage date ")
      out.appendHTML(date)
      out.append("</p>")
    }
    out.append("</td>\n        <td class=\"threat\">\n          <p class=\"threat-title\">")
    out.appendHTML(finding.title)
    out.append("</p>\n          ")
    writeThreatDetailsHTML(finding, to: &out)
    out.append("\n        </td>\n        <td class=\"ask\">")
    out.appendHTML(finding.ask ?? "")
    out.append("</td>\n      </tr>\n")
  }

  /// The description, evidence, mitigations and references lines of the threat cell.
  private func writeThreatDetailsHTML(_ finding: Finding, to out: inout TextBuffer) {
    if !finding.description.isEmpty {
      out.append("<p class=\"description\">")
      out.appendHTML(finding.description)
      out.append("</p>")
    }
    out.append("\n          ")
    if !finding.why.isEmpty {
      out.append("<div class=\"why\"><span class=\"label\">Why it fired</span><ul>")
      for evidence in finding.why {
        out.append("<li><code>")
        out.appendHTML(evidence.text)
        out.append("</code></li>")
      }
      out.append("</ul></div>")
    }
    out.append("\n          ")
    if !finding.mitigations.isEmpty {
      out.append("<div class=\"mitigations\"><span class=\"label\">Mitigations</span><ul>")
      for mitigation in finding.mitigations {
        out.append("<li>")
        out.appendHTML(mitigation)
        out.append("</li>")
      }
      out.append("</ul></div>")
    }
    out.append("\n          ")
    if !finding.references.isEmpty {
      out.append("<p class=\"refs\"><span class=\"label\">References</span> ")
      for reference in finding.references {
        out.append("<span class=\"ref\" title=\"")
        out.appendHTML(reference.title ?? "")
        out.append("\">")
        out.appendHTML(reference.text)
        out.append("</span>")
      }
      out.append("</p>")
    }
  }
}
