import DFDModel
import Testing

/// `FindingsDiff` matches findings by `RULE@TARGET`; the diff gate fails only on what a change
/// brings in.
struct FindingsDiffTests {
  static func finding(
    _ rule: String, _ severity: Severity, _ status: TriageStatus = .open
  ) -> Finding {
    FindingFilterTests.finding(rule, "aq", .element, severity, status)
  }

  @Test func findingsAreNewResolvedOrChangedWorstFirst() {
    let old = [
      Self.finding("KEEP", .low), Self.finding("GONE", .medium), Self.finding("TRIAGED", .high),
      Self.finding("RAISED", .medium),
    ]
    let new = [
      Self.finding("KEEP", .low), Self.finding("TRIAGED", .high, .mitigated),
      Self.finding("RAISED", .high), Self.finding("LOW", .low), Self.finding("CRIT", .critical),
    ]
    let diff = FindingsDiff(from: old, to: new)
    #expect(
      diff.entries.map { "\($0.change.rawValue) \($0.finding.rule)" } == [
        "new CRIT", "new LOW", "changed TRIAGED", "changed RAISED", "resolved GONE",
      ])
    #expect(diff.unchanged == 1)
    let triaged = diff.entries[2]
    #expect(triaged.status == ValueChange(old: .open, new: .mitigated))
    #expect(triaged.severity == nil)
    #expect(diff.entries[3].severity == ValueChange(old: .medium, new: .high))
  }

  @Test func aChangeOfBasisIsReportedWhenFindingsCarryOne() {
    let old = [Self.finding("R", .high)]
    var presumed = Self.finding("R", .high)
    presumed.description = "presumed"
    let diff = FindingsDiff(from: old, to: [presumed]) { $0.description.isEmpty ? nil : "presumed" }
    #expect(diff.entries.first?.basis == ValueChange(old: nil, new: "presumed"))
    #expect(FindingsDiff(from: old, to: [presumed]).isEmpty)
  }

  @Test func theGateFailsOnNewRaisedAndReopenedFindingsOnly() {
    let old = [
      Self.finding("ALREADY", .high), Self.finding("RAISED", .medium),
      Self.finding("REOPENED", .high, .mitigated), Self.finding("HIGHER", .high),
      Self.finding("GONE", .critical),
    ]
    let new = [
      Self.finding("ALREADY", .high), Self.finding("RAISED", .high),
      Self.finding("REOPENED", .high), Self.finding("HIGHER", .critical),
      Self.finding("NEW", .critical), Self.finding("NEWLOW", .medium),
      Self.finding("NEWCLOSED", .critical, .accepted),
    ]
    let gate = SeverityGate(threshold: .high)
    let introduced = gate.introduced(by: FindingsDiff(from: old, to: new))
    #expect(introduced.map(\.finding.rule) == ["NEW", "RAISED", "REOPENED"])
    #expect(
      gate.explanation(of: introduced, in: DiagramTests.diagram) == """
        --fail-on high: the change introduces 3 open findings at high or higher:
          CRITICAL NEW on element aq (new)
          HIGH     RAISED on element aq (severity medium → high)
          HIGH     REOPENED on element aq (reopened: mitigated → open)

        """)
    #expect(
      SeverityGate(threshold: .critical).introduced(by: FindingsDiff(from: new, to: new)).isEmpty)
  }
}
