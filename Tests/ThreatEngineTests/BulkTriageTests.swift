import DFDModel
import Testing
import ThreatEngine

/// `threat RULE on *`, `on boundary B`, `on kind K` (issue 15).
struct BulkTriageTests {
  let diagram = Diagram(
    elements: [
      TestCatalogue.element("cam1", "camera", in: "street"),
      TestCatalogue.element("cam2", "camera", in: "inner"),
      TestCatalogue.element("aq", "sensor", in: "street"),
      TestCatalogue.element("gw", "gateway"),
    ],
    boundaries: [
      TrustBoundary(id: "street"), TrustBoundary(id: "inner", parent: "street"),
    ])

  func analyse(_ triage: [Triage]) throws -> Analysis {
    let catalogue = try TestCatalogue.rules([
      ("T-DEV", "element", "category == device"), ("T-ALL", "element", "category != store"),
    ])
    var diagram = diagram
    diagram.triage = triage
    return Analyzer(catalogue: catalogue).analyze(diagram)
  }

  func bulk(_ rule: String, _ selector: TriageSelector, _ status: TriageStatus) -> Triage {
    Triage(rule: rule, target: selector.written, status: status, selector: selector)
  }

  @Test func kindBoundaryAndStarTouchExactlyTheirFindings() throws {
    let analysis = try analyse([
      bulk("T-DEV", .kind("camera"), .accepted),
      bulk("T-ALL", .boundary("inner"), .mitigated),
      bulk("T-ALL", .all, .transferred),
    ])
    let status = Dictionary(uniqueKeysWithValues: analysis.findings.map { ($0.id, $0.status) })
    #expect(
      status == [
        "T-DEV@cam1": .accepted, "T-DEV@cam2": .accepted, "T-DEV@aq": .open,
        "T-ALL@cam1": .transferred, "T-ALL@cam2": .mitigated, "T-ALL@aq": .transferred,
        "T-ALL@gw": .transferred,
      ])
    #expect(
      analysis.coverage == [
        TriageCoverage(triageIndex: 0, findings: ["T-DEV@cam1", "T-DEV@cam2"]),
        TriageCoverage(triageIndex: 1, findings: ["T-ALL@cam2"]),
        TriageCoverage(triageIndex: 2, findings: ["T-ALL@cam1", "T-ALL@aq", "T-ALL@gw"]),
      ])
    #expect(analysis.problems.isEmpty)
  }

  @Test func aSpecificLineOverridesABulkOne() throws {
    let analysis = try analyse([
      bulk("T-DEV", .boundary("street"), .accepted),
      Triage(rule: "T-DEV", target: "cam2", status: .mitigated),
    ])
    let status = Dictionary(uniqueKeysWithValues: analysis.findings.map { ($0.id, $0.status) })
    #expect(status["T-DEV@cam2"] == .mitigated)
    #expect(status["T-DEV@cam1"] == .accepted)
    #expect(analysis.coverage.first?.findings == ["T-DEV@cam1", "T-DEV@aq"])
  }

  @Test func aBulkLineThatTouchesNothingIsStale() throws {
    let analysis = try analyse([
      bulk("T-DEV", .kind("database"), .accepted),
      bulk("T-DEV", .kind("database"), .accepted),
      bulk("T-GONE", .all, .accepted),
    ])
    #expect(analysis.problems.map(\.code) == [.staleTriage, .duplicateTriage, .staleTriage])
    #expect(analysis.problems[0].message.contains("fires on nothing that 'on kind database'"))
    #expect(analysis.problems[2].message.contains("no rule 'T-GONE'"))
  }

  /// `check` evaluates only the named rules, yet reports the same coverage as the analysis.
  @Test func checkSeesTheSameCoverage() throws {
    let catalogue = try TestCatalogue.rules([("T-DEV", "element", "category == device")])
    var diagram = diagram
    diagram.triage = [bulk("T-DEV", .kind("device"), .accepted)]
    let analyzer = Analyzer(catalogue: catalogue)
    let outcome = analyzer.triageOutcome(analyzer.prepare(diagram))
    #expect(outcome.coverage == analyzer.analyze(diagram).coverage)
    #expect(outcome.coverage.first?.findings.count == 3)
  }
}
