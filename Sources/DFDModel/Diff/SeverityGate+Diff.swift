extension SeverityGate {
  /// The findings a change brings to the gate: open at or above the threshold now, and not
  /// before (new, raised to the threshold or above, or reopened); worst first.
  public func introduced(by diff: FindingsDiff) -> [FindingsDiff.Entry] {
    diff.entries.filter { entry in
      guard entry.change != .resolved, fails(entry.finding) else { return false }
      return entry.old.map { !fails($0) } ?? true
    }
  }

  /// Why the gate failed on a change, one line per finding it introduced (at most `limit`),
  /// saying how each came in; the model's text is not escaped here.
  public func explanation(
    of introduced: [FindingsDiff.Entry], in diagram: Diagram, limit: Int = listed
  ) -> String {
    let noun = introduced.count == 1 ? "open finding" : "open findings"
    let range = threshold == .critical ? "at critical" : "at \(threshold.rawValue) or higher"
    var text = "--fail-on \(threshold.rawValue): the change introduces \(introduced.count) "
    text += "\(noun) \(range):\n"
    for entry in introduced.prefix(limit) {
      let finding = entry.finding
      let severity = finding.severity.rawValue.uppercased()
      let padding = String(repeating: " ", count: max(1, 9 - severity.count))
      text += "  \(severity)\(padding)\(finding.rule) on \(subject(of: finding, in: diagram))"
      text += " (\(Self.how(entry)))\n"
    }
    if introduced.count > limit { text += "  … and \(introduced.count - limit) more\n" }
    return text
  }

  /// Whether `finding` alone fails the gate.
  func fails(_ finding: Finding) -> Bool { finding.isOpen && finding.severity >= threshold }

  /// `new`, `reopened: mitigated → open` or `severity medium → high`.
  static func how(_ entry: FindingsDiff.Entry) -> String {
    if let status = entry.status, !status.old.isOpen {
      return "reopened: \(status.old.rawValue) → \(status.new.rawValue)"
    }
    if let severity = entry.severity {
      return "severity \(severity.old.rawValue) → \(severity.new.rawValue)"
    }
    return "new"
  }
}
