import DFDModel
import Testing

/// `threats` filters: status, severity, rule, element and boundary, each a library value.
struct FindingFilterTests {
  static let diagram = DiagramTests.diagram

  /// One finding on every element, flow and boundary of `DiagramTests.diagram`.
  static let findings: [Finding] = [
    finding("R-1", "aq", .element, .high),
    finding("R-2", "cms", .element, .low, .mitigated),
    finding("R-1", "tdb", .element, .critical, .accepted),
    finding("R-3", "operator", .element, .medium, .transferred),
    finding("R-2", "aq->cms", .flow, .high),
    finding("R-3", "cms->tdb", .flow, .medium, .notApplicable),
    finding("R-1", "operator->cms", .flow, .low),
    finding("R-4", "street", .boundary, .medium),
    finding("R-4", "restricted", .boundary, .high),
  ]

  static func finding(
    _ rule: String, _ target: String, _ kind: Finding.TargetKind, _ severity: Severity,
    _ status: TriageStatus = .open
  ) -> Finding {
    Finding(
      rule: rule, target: target, targetKind: kind, stride: [.spoofing], severity: severity,
      status: status, title: "\(rule) title")
  }

  private func kept(_ filter: FindingFilter) -> [String] {
    filter.apply(Self.findings, in: Self.diagram).map(\.id)
  }

  @Test func anEmptyFilterKeepsEverything() {
    #expect(kept(FindingFilter()) == Self.findings.map(\.id))
  }

  @Test func statusesKeepEveryTriageStatus() throws {
    #expect(kept(FindingFilter(statuses: [.mitigated, .accepted])) == ["R-2@cms", "R-1@tdb"])
    #expect(kept(FindingFilter(statuses: [.transferred])) == ["R-3@operator"])
    #expect(kept(FindingFilter(statuses: [.notApplicable])) == ["R-3@cms->tdb"])
  }

  @Test func statusWordsAreRepeatableOrCommaSeparated() throws {
    #expect(try FindingFilter.statuses(from: []) == nil)
    #expect(try FindingFilter.statuses(from: ["all"]) == nil)
    #expect(try FindingFilter.statuses(from: ["open,all"]) == nil)
    #expect(try FindingFilter.statuses(from: ["open"]) == [.open])
    #expect(
      try FindingFilter.statuses(from: ["open, mitigated", "not-applicable"])
        == [.open, .mitigated, .notApplicable])
    for status in TriageStatus.allCases {
      #expect(try FindingFilter.statuses(from: [status.rawValue]) == [status])
    }
    #expect(throws: FindingFilter.UnknownName.self) {
      try FindingFilter.statuses(from: ["open,mitigatd"])
    }
    do {
      _ = try FindingFilter.statuses(from: ["open,mitigatd"])
    } catch {
      #expect(error.name == "mitigatd")
      #expect(error.kind == .status)
      #expect(error.candidates.contains("mitigated") && error.candidates.contains("all"))
    }
  }

  @Test func minimumSeverityKeepsThatSeverityAndHigher() {
    #expect(
      kept(FindingFilter(minimumSeverity: .high)) == [
        "R-1@aq", "R-1@tdb", "R-2@aq->cms", "R-4@restricted",
      ])
    #expect(kept(FindingFilter(minimumSeverity: .critical)) == ["R-1@tdb"])
  }

  @Test func rulesKeepTheirFindings() {
    #expect(
      kept(FindingFilter(rules: ["R-4", "R-3"])) == [
        "R-3@operator", "R-3@cms->tdb", "R-4@street", "R-4@restricted",
      ])
  }

  @Test func anElementKeepsItselfAndItsFlows() {
    #expect(kept(FindingFilter(elements: ["tdb"])) == ["R-1@tdb", "R-3@cms->tdb"])
    #expect(
      kept(FindingFilter(elements: ["operator"])) == ["R-3@operator", "R-1@operator->cms"])
  }

  @Test func aBoundaryKeepsNestedBoundariesTheirElementsAndTheirFlows() {
    #expect(
      kept(FindingFilter(boundaries: ["vendor"]))
        == [
          "R-2@cms", "R-1@tdb", "R-2@aq->cms", "R-3@cms->tdb", "R-1@operator->cms",
          "R-4@restricted",
        ])
    #expect(
      kept(FindingFilter(boundaries: ["street"])) == ["R-1@aq", "R-2@aq->cms", "R-4@street"])
  }

  @Test func kindsCombineAndValuesOfOneKindAdd() {
    let filter = FindingFilter(
      statuses: [.open], minimumSeverity: .medium, elements: ["aq", "tdb"])
    #expect(kept(filter) == ["R-1@aq", "R-2@aq->cms"])
    #expect(kept(filter.scope) == ["R-1@aq", "R-1@tdb", "R-2@aq->cms", "R-3@cms->tdb"])
  }

  @Test func unknownNamesComeWithTheirCandidates() {
    let filter = FindingFilter(
      rules: ["R-1", "LOCAL-9", "R-X"], elements: ["aq", "cmz"], boundaries: ["stret"])
    var diagram = Self.diagram
    diagram.triage = [Triage(rule: "LOCAL-9", target: "aq")]
    let unknown = filter.unknownNames(in: diagram, knownRules: ["R-1", "R-2"])
    #expect(unknown.map(\.name) == ["cmz", "stret", "R-X"])
    #expect(unknown.map(\.kind) == [.element, .boundary, .rule])
    #expect(unknown[0].candidates == ["aq", "cms", "tdb", "operator"])
    #expect(unknown[1].candidates == ["street", "vendor", "restricted"])
    #expect(unknown[2].candidates == ["LOCAL-9", "R-1", "R-2"])
  }
}
