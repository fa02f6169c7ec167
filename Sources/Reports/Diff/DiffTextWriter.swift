import DFDModel
import OutputEscaping

/// Writes a diff as plain text for a terminal: a summary, then model and threat changes, one item
/// per line with its details indented below; every line is escaped for the terminal.
public struct DiffTextWriter: Sendable {
  public init() {}

  /// The text of `report`, ending with a newline.
  public func write(_ report: DiffReport) -> String {
    var lines = ["\(report.oldName) → \(report.newName)", report.summary]
    if !report.model.isEmpty {
      lines += ["", "Model changes"] + modelLines(report.model)
    }
    if !report.findings.isEmpty {
      lines += ["", "Threat changes"] + findingLines(report)
    }
    return lines.map { Escaping.terminal($0) }.joined(separator: "\n") + "\n"
  }

  private func modelLines(_ diff: ModelDiff) -> [String] {
    var lines: [String] = []
    if !diff.model.isEmpty {
      lines.append("  ~ model statement")
      lines += diff.model.map { "      " + $0.text }
    }
    for change in ModelDiff.Change.allCases {
      for entry in diff.entries(change) {
        let head = "  \(DiffReport.sign(change)) \(DiffReport.name(of: entry))"
        lines.append(change == .changed ? head : head + DiffReport.placement(of: entry))
        lines += entry.fields.map { "      " + $0.text }
      }
    }
    return lines
  }

  private func findingLines(_ report: DiffReport) -> [String] {
    var lines: [String] = []
    let indent = String(repeating: " ", count: 15)
    for entry in report.findings.entries {
      let finding = entry.finding
      let severity = finding.severity.rawValue.uppercased()
      let padded = severity + String(repeating: " ", count: max(1, 9 - severity.count))
      var head = "  \(DiffReport.sign(entry.change)) \(padded)\(finding.rule) on "
      head += "\(report.targetName(of: entry)): \(finding.title)"
      if entry.change == .resolved {
        head += " (resolved)"
      } else if entry.change == .new && !finding.isOpen {
        head += " (\(finding.status.rawValue))"
      }
      lines.append(head)
      lines += entry.changeTexts.map { indent + $0 }
      if entry.change == .new {
        let reasons = DiffReport.reasons(finding)
        if !reasons.isEmpty { lines.append(indent + "because " + reasons.joined(separator: "; ")) }
      }
    }
    return lines
  }
}
