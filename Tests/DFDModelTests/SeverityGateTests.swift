import DFDModel
import Testing

/// `--fail-on` says which open findings failed it, worst first, a bounded list.
struct SeverityGateTests {
  @Test func failingFindingsAreOpenAndAtOrAboveTheThresholdWorstFirst() {
    let gate = SeverityGate(threshold: .high)
    let failing = gate.failing(FindingFilterTests.findings)
    #expect(failing.map(\.id) == ["R-1@aq", "R-2@aq->cms", "R-4@restricted"])
    #expect(SeverityGate(threshold: .critical).failing(FindingFilterTests.findings).isEmpty)
    #expect(
      SeverityGate(threshold: .low).failing(FindingFilterTests.findings).first?.severity == .high)
  }

  @Test func theExplanationCountsAndNamesThem() {
    var diagram = DiagramTests.diagram
    diagram.add(Element(id: "gw", kind: "gateway", category: .device, label: "Gateway"))
    let findings = [
      FindingFilterTests.finding("R-1", "aq->cms", .flow, .high),
      FindingFilterTests.finding("R-2", "gw", .element, .critical),
    ]
    let gate = SeverityGate(threshold: .high)
    #expect(
      gate.explanation(of: gate.failing(findings), in: diagram) == """
        --fail-on high: 2 open findings at high or higher:
          CRITICAL R-2 on element gw "Gateway"
          HIGH     R-1 on flow aq->cms

        """)
    let critical = SeverityGate(threshold: .critical)
    #expect(
      critical.explanation(of: critical.failing(findings), in: diagram)
        .hasPrefix("--fail-on critical: 1 open finding at critical:\n"))
  }

  @Test func theListStopsAtTheLimit() {
    let findings = (0..<25).map {
      FindingFilterTests.finding("R-\($0)", "aq", .element, .medium)
    }
    let gate = SeverityGate(threshold: .low)
    let lines = gate.explanation(of: gate.failing(findings), in: DiagramTests.diagram)
      .split(separator: "\n")
    #expect(lines.count == 1 + SeverityGate.listed + 1)
    #expect(lines.last == "  … and 5 more")
  }
}
