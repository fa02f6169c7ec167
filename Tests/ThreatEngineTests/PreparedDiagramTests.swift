import DFDModel
import Testing
import ThreatEngine

/// A prepared diagram gives what the diagram gives, and findings keep their order and triage
/// when model-specific threats and triaged catalogue findings share a target.
struct PreparedDiagramTests {
  let diagram = Diagram(
    elements: [TestCatalogue.element("a", "sensor"), TestCatalogue.element("b", "gateway")],
    flows: [TestCatalogue.flow("a", "b", ["protocol": .symbol("lorawan")])],
    triage: [
      Triage(rule: "T-RADIO", target: "a->b", status: .mitigated),
      Triage(
        rule: "A-LOCAL", target: "a->b",
        attributes: ["title": .string("Replay"), "stride": .list([.symbol("tampering")])]),
      Triage(rule: "T-GONE", target: "a", status: .accepted),
    ])

  func radio() throws -> Analyzer {
    Analyzer(
      catalogue: try TestCatalogue.rules([
        ("T-RADIO", "flow", "flow.over-radio"), ("T-SENSOR", "element", "element.kind is sensor"),
      ]))
  }

  @Test func preparedDiagramsAnalyseLikeTheirDiagram() throws {
    let analyzer = try radio()
    let prepared = analyzer.prepare(diagram)
    #expect(prepared.diagram == diagram)
    #expect(analyzer.analyze(prepared) == analyzer.analyze(diagram))
    #expect(analyzer.triageProblems(prepared) == analyzer.triageProblems(diagram))
    #expect(analyzer.triageProblems(prepared).map(\.code) == [.staleTriage])
  }

  @Test func anotherAnalysersPreparationIsNotTrusted() throws {
    let other = Analyzer(
      catalogue: try TestCatalogue.rules([("T-PLAIN", "flow", "not flow.encrypted")]))
    let analyzer = try radio()
    let foreign = other.prepare(diagram)
    #expect(analyzer.analyze(foreign) == analyzer.analyze(diagram))
    #expect(analyzer.analyze(foreign).findings.map(\.rule).contains("T-RADIO"))
  }

  @Test func modelThreatsSortBeforeTriagedCatalogueFindings() throws {
    let analysis = try radio().analyze(diagram)
    #expect(analysis.findings.map(\.id) == ["T-SENSOR@a", "A-LOCAL@a->b", "T-RADIO@a->b"])
    #expect(analysis.findings.map(\.status) == [.open, .open, .mitigated])
    #expect(analysis.findings.last?.triage?.rule == "T-RADIO")
    #expect(analysis.problems.map(\.triageIndex) == [2])
  }
}
