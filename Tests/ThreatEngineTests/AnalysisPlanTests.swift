import DFDModel
import Testing

@testable import ThreatEngine

/// Analysing a diagram in parts (on threads of their own) gives exactly the findings, order and
/// triage of analysing it in one part, wherever the parts are cut.
struct AnalysisPlanTests {
  static func diagram(_ name: String) throws -> Diagram {
    try CoverageTests.load("samples/\(name).dfd").0
  }

  @Test(arguments: ["street-lighting", "traffic-anpr", "ev-charging"])
  func partsGiveTheFindingsOfOnePart(_ name: String) throws {
    let diagram = try Self.diagram(name)
    let analyzer = Analyzer(catalogue: .builtIn)
    let prepared = analyzer.prepare(diagram)
    let whole = analyzer.analyze(prepared, plan: AnalysisPlan(analyzer, diagram, parts: 1))
    #expect(whole.findings.count > 20)
    #expect(whole.findings.contains { $0.triage != nil })
    for count in [2, 3, 7] {
      let plan = AnalysisPlan(analyzer, diagram, parts: count)
      #expect(plan.parts.count == count)
      #expect(plan.parts.filter { !$0.isEmpty }.count > 1)
      #expect(analyzer.analyze(prepared, plan: plan) == whole)
    }
  }

  @Test func partsCoverEverySubjectOnceInOrder() throws {
    let diagram = try Self.diagram("traffic-anpr")
    let analyzer = Analyzer(catalogue: .builtIn)
    let subjects = diagram.elements.count + diagram.boundaries.count + diagram.flows.count
    for count in 1...5 {
      let parts = AnalysisPlan(analyzer, diagram, parts: count).parts
      #expect(parts.first?.lowerBound == 0)
      #expect(parts.last?.upperBound == subjects)
      #expect(zip(parts, parts.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
    }
  }

  @Test func smallDiagramsAreAnalysedInOnePart() throws {
    let diagram = try Self.diagram("street-lighting")
    #expect(AnalysisPlan(Analyzer(catalogue: .builtIn), diagram).parts.count == 1)
  }

  @Test func triageMatchedInALaterPartIsNotStale() throws {
    var diagram = try Self.diagram("ev-charging")
    let analyzer = Analyzer(catalogue: .builtIn)
    let last = try #require(analyzer.analyze(diagram).findings.last { $0.triage == nil })
    diagram.triage.append(Triage(rule: last.rule, target: last.target, status: .accepted))
    diagram.triage.append(Triage(rule: "T-NONE-999", target: last.target, status: .accepted))
    let prepared = analyzer.prepare(diagram)
    let whole = analyzer.analyze(prepared, plan: AnalysisPlan(analyzer, diagram, parts: 1))
    let split = analyzer.analyze(prepared, plan: AnalysisPlan(analyzer, diagram, parts: 2))
    #expect(split == whole)
    #expect(whole.problems.map(\.triageIndex) == [diagram.triage.count - 1])
    #expect(split.findings.last { $0.id == last.id }?.status == .accepted)
  }
}
