import DFDModel

/// Counts of findings by severity and status.
public struct FindingsSummary: Hashable, Sendable, Codable {
  public var total: Int
  public var open: Int
  /// Open findings by severity (every severity present, zero when none).
  public var openBySeverity: [String: Int]
  /// All findings by status (every status present).
  public var byStatus: [String: Int]

  public init(_ findings: [Finding]) {
    total = findings.count
    open = findings.filter { $0.status.isOpen }.count
    openBySeverity = Dictionary(uniqueKeysWithValues: Severity.allCases.map { severity in
      (severity.rawValue, findings.filter { $0.status.isOpen && $0.severity == severity }.count)
    })
    byStatus = Dictionary(uniqueKeysWithValues: TriageStatus.allCases.map { status in
      (status.rawValue, findings.filter { $0.status == status }.count)
    })
  }

  /// `12 findings, 9 open (1 critical, 3 high, 5 medium, 0 low)`.
  public var line: String {
    let counts = Severity.allCases.reversed().map { "\(openBySeverity[$0.rawValue] ?? 0) \($0.rawValue)" }
    let noun = total == 1 ? "finding" : "findings"
    return "\(total) \(noun), \(open) open (\(counts.joined(separator: ", ")))"
  }
}
