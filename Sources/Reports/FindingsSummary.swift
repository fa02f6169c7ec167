import DFDModel

/// Counts of findings by severity and status.
public struct FindingsSummary: Hashable, Sendable, Codable {
  public var total: Int
  public var open: Int
  /// Open findings by severity (every severity present, zero when none).
  public var openBySeverity: [String: Int]
  /// All findings by status (every status present).
  public var byStatus: [String: Int]
  /// Open findings by basis: `confirmed` and `presumed` (both present).
  public var openByBasis: [String: Int]

  public init(_ findings: [Finding]) {
    var open = 0
    var bySeverity = [Int](repeating: 0, count: Severity.allCases.count)
    var byStatus: [TriageStatus: Int] = [:]
    var confirmed = 0
    for finding in findings {
      byStatus[finding.status, default: 0] += 1
      if finding.status.isOpen {
        open += 1
        if finding.basis == .confirmed { confirmed += 1 }
        bySeverity[finding.severity.rank] += 1
      }
    }
    total = findings.count
    self.open = open
    openByBasis = [
      FindingBasis.confirmed.rawValue: confirmed, FindingBasis.presumed.rawValue: open - confirmed,
    ]
    openBySeverity = Dictionary(
      uniqueKeysWithValues: Severity.allCases.map { ($0.rawValue, bySeverity[$0.rank]) })
    self.byStatus = Dictionary(
      uniqueKeysWithValues: TriageStatus.allCases.map { ($0.rawValue, byStatus[$0] ?? 0) })
  }

  /// `12 findings, 9 open (1 critical, 3 high, 5 medium, 0 low)`.
  public var line: String {
    let counts = Severity.allCases.reversed().map {
      "\(openBySeverity[$0.rawValue] ?? 0) \($0.rawValue)"
    }
    let noun = total == 1 ? "finding" : "findings"
    let confirmed = openByBasis[FindingBasis.confirmed.rawValue] ?? 0
    let presumed = openByBasis[FindingBasis.presumed.rawValue] ?? 0
    return "\(total) \(noun), \(open) open (\(counts.joined(separator: ", "))); "
      + "\(confirmed) confirmed, \(presumed) presumed"
  }
}
