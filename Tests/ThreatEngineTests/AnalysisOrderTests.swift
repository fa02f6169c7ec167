import DFDModel
import Testing

@testable import ThreatEngine

/// The analysis runs on one thread, in report order: elements, boundaries, flows, each in
/// declaration order; the triage of the last subject is settled like any other.
struct AnalysisOrderTests {
  @Test(arguments: ["street-lighting", "traffic-anpr", "ev-charging"])
  func findingsComeInReportOrder(_ name: String) throws {
    let diagram = try CoverageTests.load("samples/\(name).dfd").0
    let findings = Analyzer(catalogue: .builtIn).analyze(diagram).findings
    let targets =
      diagram.elements.map(\.id) + diagram.boundaries.map(\.id) + diagram.flows.map(\.id)
    let rank = Dictionary(targets.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    let ranks = findings.map { rank[$0.target] ?? -1 }
    #expect(findings.count > 20)
    #expect(!ranks.contains(-1))
    #expect(ranks == ranks.sorted())
  }

  @Test func triageOfTheLastFindingIsNotStale() throws {
    var diagram = try CoverageTests.load("samples/ev-charging.dfd").0
    let analyzer = Analyzer(catalogue: .builtIn)
    let last = try #require(analyzer.analyze(diagram).findings.last { $0.triage == nil })
    diagram.triage.append(Triage(rule: last.rule, target: last.target, status: .accepted))
    diagram.triage.append(Triage(rule: "T-NONE-999", target: last.target, status: .accepted))
    let analysis = analyzer.analyze(diagram)
    #expect(analysis.problems.map(\.triageIndex) == [diagram.triage.count - 1])
    #expect(analysis.findings.last { $0.id == last.id }?.status == .accepted)
  }
}
