import DFDModel
import Diagnostics
import Testing
import ThreatEngine

struct TriageTests {
  let elements = [TestCatalogue.element("a", "sensor"), TestCatalogue.element("b", "gateway")]

  func analyse(_ triage: [Triage]) throws -> Analysis {
    let catalogue = try TestCatalogue.rules([("T-RADIO", "flow", "flow.over-radio")])
    let diagram = Diagram(
      elements: elements, flows: [TestCatalogue.flow("a", "b", ["protocol": .symbol("lorawan")])],
      triage: triage)
    return Analyzer(catalogue: catalogue).analyze(diagram)
  }

  @Test func triageAttachesStatusAndNotes() throws {
    let statement = Triage(
      rule: "T-RADIO", target: "a->b", status: .mitigated,
      attributes: ["note": .string("AES"), "by": .string("J. Smith"), "ticket": .string("RISK-7")])
    let analysis = try analyse([statement])
    let finding = try #require(analysis.findings.first)
    #expect(finding.id == "T-RADIO@a->b")
    #expect(finding.status == .mitigated)
    #expect(finding.triage?.note == "AES")
    #expect(analysis.open.isEmpty)
    #expect(analysis.problems.isEmpty)
  }

  @Test func modelSpecificThreatsBecomeFindings() throws {
    let statement = Triage(
      rule: "LOCAL-1", target: "b",
      attributes: ["title": .string("Insider"), "stride": .list([.symbol("tampering")])])
    let analysis = try analyse([statement])
    let local = try #require(analysis.findings.first { $0.rule == "LOCAL-1" })
    #expect(local.severity == .medium)
    #expect(local.stride == [.tampering])
    #expect(local.targetKind == .element)
    #expect(analysis.findings.map(\.id) == ["LOCAL-1@b", "T-RADIO@a->b"])
  }

  @Test func statementsThatMatchNoFindingAreStale() throws {
    let analysis = try analyse([
      Triage(rule: "T-RADIO", target: "b->a", status: .accepted),
      Triage(rule: "T-GONE", target: "a"),
      Triage(rule: "T-RADIO", target: "a->b"),
      Triage(rule: "T-RADIO", target: "a->b", status: .accepted),
      Triage(
        rule: "LOCAL-2", target: "nowhere",
        attributes: ["title": .string("X"), "stride": .symbol("spoofing")]),
    ])
    #expect(
      analysis.problems.map(\.code) == [
        .staleTriage, .staleTriage, .duplicateTriage, .unknownTarget,
      ])
    #expect(analysis.problems.map(\.triageIndex) == [0, 1, 3, 4])
    #expect(analysis.problems[0].message.contains("not an element, flow or boundary"))
    #expect(analysis.problems[1].message.contains("no rule 'T-GONE'"))
  }

  /// A misspelt rule id gets a did-you-mean (issue 12: `SCP-T-04` for `SCP-T-004`).
  @Test func misspeltRuleIDSuggestsTheRule() throws {
    let analysis = try analyse([
      Triage(rule: "T-RADO", target: "a->b", status: .accepted),
      Triage(rule: "T-ELSEWHERE", target: "a->b"),
    ])
    #expect(analysis.problems.map(\.code) == [.staleTriage, .staleTriage])
    #expect(analysis.problems.map(\.suggestion) == ["T-RADIO", nil])
    let builtIn = Analyzer(catalogue: .builtIn).triageProblems(
      Diagram(elements: elements, triage: [Triage(rule: "SCP-T-04", target: "a")]))
    #expect(builtIn.first?.suggestion == "SCP-T-004")
  }

  @Test func findingsFollowDeclarationOrderThenRuleID() throws {
    let catalogue = try TestCatalogue.rules([
      ("T-B", "element", "category == device"), ("T-A", "element", "category in [device, process]"),
      ("T-F", "flow", "flow.crosses-boundary == false"),
    ])
    let diagram = Diagram(elements: elements, flows: [TestCatalogue.flow("a", "b")])
    let ids = Analyzer(catalogue: catalogue).analyze(diagram).findings.map(\.id)
    #expect(ids == ["T-A@a", "T-B@a", "T-A@b", "T-F@a->b"])
  }
}

struct TriageProblemsTests {
  @Test func checkingTriageAloneFindsTheSameProblemsAsAFullAnalysis() throws {
    let triage = [
      Triage(rule: "SCP-T-003", target: "a->b", status: .mitigated),
      Triage(rule: "SCP-T-003", target: "b->a"),
      Triage(rule: "SCP-S-002", target: "a"),
      Triage(rule: "SCP-S-002", target: "a"),
      Triage(rule: "SCP-D-001", target: "a"),
      Triage(
        rule: "LOCAL-1", target: "gone",
        attributes: ["title": .string("T"), "stride": .symbol("spoofing")]),
    ]
    let diagram = Diagram(
      elements: [
        TestCatalogue.element("a", "sensor", ["per-device-keys": .bool(true)]),
        TestCatalogue.element("b", "gateway"),
      ],
      flows: [TestCatalogue.flow("a", "b", ["protocol": .symbol("lorawan")])], triage: triage)
    let analyzer = Analyzer(catalogue: .builtIn)
    let full = analyzer.analyze(diagram).problems
    #expect(analyzer.triageProblems(diagram) == full)
    #expect(full.map(\.triageIndex) == [1, 2, 3, 4, 5])
  }
}

/// The engine places triage problems at their `threat` statements itself.
struct TriageDiagnosticTests {
  @Test func staleTriageIsAWarningAtItsStatement() throws {
    let text = "sensor a\ngateway b\na -> b [protocol: lorawan]\nthreat SCP-T-04 on a\n"
    let (diagram, sourceMap) = try ModelText.diagram(text, path: "m.dfd")
    let files = ["m.dfd": SourceFile(path: "m.dfd", text: text)]
    let analyzer = Analyzer(catalogue: .builtIn)
    let warnings = analyzer.triageDiagnostics(diagram, sourceMap: sourceMap, files: files)
    let warning = try #require(warnings.first)
    #expect(warnings.count == 1)
    #expect(warning.code == "DFD601" && warning.severity == .warning)
    #expect(warning.range.file == "m.dfd")
    #expect(files["m.dfd"]?.position(of: warning.range.start).line == 4)
    let prepared = analyzer.prepare(diagram)
    #expect(
      analyzer.triageDiagnostics(
        diagram, prepared: prepared, sourceMap: sourceMap, files: files) == warnings)
  }
}
