import DFDModel

/// How `threats` looks at findings: all of them by STRIDE, or only the privacy rules' findings
/// by LINDDUN category.
public enum FindingsLens: String, Hashable, Sendable, CaseIterable {
  case stride, privacy

  /// The findings this lens shows, in the order it shows them: under `privacy`, the findings
  /// of rules with a LINDDUN category, by category and otherwise in the order given.
  public func apply(_ findings: [Finding]) -> [Finding] {
    switch self {
    case .stride: return findings
    case .privacy:
      let ordered = LinddunCategory.allCases
      return ordered.flatMap { category in findings.filter { $0.linddun == category } }
    }
  }
}

extension FindingsTable {
  /// The table of findings seen through the privacy lens: a heading per LINDDUN category, then
  /// the findings as `render` shows them, ending with a summary line.
  public func renderPrivacy(_ findings: [Finding], of diagram: Diagram) -> String {
    var lines: [String] = []
    for category in LinddunCategory.allCases {
      let part = findings.filter { $0.linddun == category }
      guard !part.isEmpty else { continue }
      if !lines.isEmpty { lines.append("") }
      lines.append("LINDDUN: \(category.title)")
      lines += group(part, diagram)
    }
    if !lines.isEmpty { lines.append("") }
    lines += Self.wrap(FindingsSummary(findings).line, width: width)
    return lines.joined(separator: "\n") + "\n"
  }
}
