import DFDModel
import OutputEscaping

/// Writes a diff as Markdown for a pull-request comment.
///
/// A heading and a summary line come first, then one collapsible `<details>` section per list
/// (open when it is short). Model text goes through `Escaping.markdown` (cells) or
/// `Escaping.markdownCode` (identifiers and paths).
public struct DiffMarkdownWriter: Sendable {
  /// Lists with at most this many rows are shown expanded.
  public static let expandedRows = 10

  public init() {}

  /// The Markdown of `report`.
  public func write(_ report: DiffReport) -> String {
    var out = "### Threat-model changes: \(Self.code(report.oldName)) → "
    out += "\(Self.code(report.newName))\n\n"
    out += "**\(Escaping.markdown(report.summary))**\n"
    let findings = report.findings
    out += section(
      "New findings", findings.entries(.new),
      header: ["Severity", "Status", "Rule", "Target", "Title", "Why"]
    ) { entry in
      row(entry, report) + [Self.cell(DiffReport.reasons(entry.finding))]
    }
    out += section(
      "Changed findings", findings.entries(.changed),
      header: ["Severity", "Status", "Rule", "Target", "Title", "Change"]
    ) { entry in
      row(entry, report) + [Self.cell(entry.changeTexts)]
    }
    out += section(
      "Resolved findings", findings.entries(.resolved),
      header: ["Severity", "Status", "Rule", "Target", "Title"]
    ) { entry in
      row(entry, report)
    }
    out += section("Model changes", modelRows(report.model), header: ["Change", "Item", "Details"])
    { $0 }
    return out
  }

  /// The cells every finding row starts with.
  private func row(_ entry: FindingsDiff.Entry, _ report: DiffReport) -> [String] {
    let finding = entry.finding
    return [
      Escaping.markdown(finding.severity.title), Escaping.markdown(finding.status.title),
      Self.code(finding.rule), Escaping.markdown(report.targetName(of: entry)),
      Escaping.markdown(finding.title),
    ]
  }

  /// One row of cells per model change, the model statement's first.
  private func modelRows(_ diff: ModelDiff) -> [[String]] {
    var rows: [[String]] = []
    if !diff.model.isEmpty {
      rows.append(["Changed", "model statement", Self.cell(diff.model.map(\.text))])
    }
    for entry in diff.entries {
      let item = DiffReport.name(of: entry)
      switch entry.change {
      case .added, .removed:
        let text = item + DiffReport.placement(of: entry)
        rows.append([entry.change.rawValue.capitalized, Escaping.markdown(text), ""])
      case .changed:
        rows.append(["Changed", Escaping.markdown(item), Self.cell(entry.fields.map(\.text))])
      }
    }
    return rows
  }

  /// Inline code for a path or rule id, with control characters and bidirectional overrides
  /// replaced first (`Escaping.markdownCode` keeps them).
  static func code(_ text: String) -> String {
    Escaping.markdownCode(Escaping.withoutControls(text))
  }

  /// Lines of model text in one cell: each escaped, joined by `<br>`.
  static func cell(_ lines: [String]) -> String {
    lines.map(Escaping.markdown).joined(separator: "<br>")
  }

  /// A `<details>` section holding a table, or nothing when there are no items.
  private func section<Item>(
    _ title: String, _ items: [Item], header: [String], cells: (Item) -> [String]
  ) -> String {
    guard !items.isEmpty else { return "" }
    let open = items.count <= Self.expandedRows ? " open" : ""
    var out = "\n<details\(open)><summary>\(title) (\(items.count))</summary>\n\n"
    out += "| " + header.joined(separator: " | ") + " |\n"
    out += "|" + String(repeating: " --- |", count: header.count) + "\n"
    for item in items { out += "| " + cells(item).joined(separator: " | ") + " |\n" }
    return out + "\n</details>\n"
  }
}
