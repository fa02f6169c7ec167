import DFDModel
import OutputEscaping

/// Writes findings as a Markdown table for a pull-request comment.
public struct MarkdownTableWriter: Sendable {
  public init() {}

  /// A heading, a one-line summary and one table row per finding: open before triaged,
  /// confirmed before presumed, most severe first.
  public func write(_ input: ReportInput) -> String {
    let open = input.findings.filter(\.isOpen)
    let confirmed = open.filter { $0.basis == .confirmed }.count
    var out = "### Threats in \(Escaping.markdown(input.modelPath))\n\n"
    out += "\(input.findings.count) findings, \(open.count) open"
    out += " (\(confirmed) confirmed, \(open.count - confirmed) presumed)"
    out += " (catalogue \(Escaping.markdown(input.catalogue.id)) "
    out += "\(Escaping.markdown(input.catalogue.version))).\n\n"
    guard !input.findings.isEmpty else { return out }
    out += "| Severity | Status | Basis | STRIDE | Rule | Target | Title |\n"
    out += "| --- | --- | --- | --- | --- | --- | --- |\n"
    for finding in Self.ordered(input.findings) {
      let cells =
        [
          finding.severity.title, finding.status.title, finding.basis.rawValue,
          finding.strideLetters,
        ].map(Escaping.markdown) + [
          Escaping.markdownCode(finding.rule),
          Escaping.markdown(input.targetName(of: finding)),
          Escaping.markdown(finding.title),
        ]
      out += "| " + cells.joined(separator: " | ") + " |\n"
    }
    return out
  }

  /// Open findings first, confirmed before presumed, then by severity (highest first), keeping
  /// the engine's order within.
  static func ordered(_ findings: [Finding]) -> [Finding] {
    findings.enumerated().sorted { lhs, rhs in
      let left = (
        lhs.element.isOpen ? 0 : 1, lhs.element.basis == .confirmed ? 0 : 1,
        -lhs.element.severity.rank, lhs.offset
      )
      let right = (
        rhs.element.isOpen ? 0 : 1, rhs.element.basis == .confirmed ? 0 : 1,
        -rhs.element.severity.rank, rhs.offset
      )
      return left < right
    }.map(\.element)
  }
}
