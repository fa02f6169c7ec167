import DFDModel
import Foundation
import TestSupport
import Testing

@testable import Reports

@Suite struct SARIFWriterTests {
  private func parsed(_ input: ReportInput) throws -> [String: Any] {
    let text = SARIFWriter().write(input)
    return try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  private func run(_ log: [String: Any]) throws -> [String: Any] {
    try #require((log["runs"] as? [[String: Any]])?.first)
  }

  @Test func matchesGoldenAndSchema() throws {
    let sarif = SARIFWriter().write(Fixture.input())
    try expectGolden(sarif, "findings.sarif", replacing: volatileValues)
    try JSONSchema.expectValid(sarif)
  }

  @Test func oneRulePerCatalogueEntryPlusLocalThreats() throws {
    let run = try run(try parsed(Fixture.input()))
    let rules = try #require(
      (run["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["rules"]
        as? [[String: Any]])
    #expect(rules.map { $0["id"] as? String } == Fixture.catalogue.rules.map(\.id) + ["LOCAL-1"])
    let critical = try #require(rules.first { $0["id"] as? String == "SCP-S-004" })
    #expect((critical["defaultConfiguration"] as? [String: String])?["level"] == "error")
    let low = try #require(rules.first { $0["id"] as? String == "SCP-I-003" })
    #expect((low["defaultConfiguration"] as? [String: String])?["level"] == "note")
    let help = try #require(rules.first?["help"] as? [String: String])
    #expect(help["text"]?.contains("Mitigations:\n- Give every device") == true)
    #expect(help["markdown"]?.contains("**Mitigations**") == true)
  }

  @Test func resultsSkipMitigatedAndNotApplicable() throws {
    let results = try #require(try run(try parsed(Fixture.input()))["results"] as? [[String: Any]])
    let ids = results.compactMap {
      ($0["partialFingerprints"] as? [String: String])?["scpDfdFindingId/v1"]
    }
    #expect(
      ids == [
        "SCP-S-001@f1", "SCP-S-004@f3", "SCP-S-002@lamp", "SCP-I-003@f4.reverse", "LOCAL-1@street",
      ])
  }

  @Test func resultsPointAtTheDeclaration() throws {
    let results = try #require(try run(try parsed(Fixture.input()))["results"] as? [[String: Any]])
    func region(_ index: Int) -> [String: Int]? {
      let location = (results[index]["locations"] as? [[String: Any]])?.first
      return (location?["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
    }
    #expect(region(0)?["startLine"] == 15)
    #expect(region(2)?["startLine"] == 5)
    #expect(region(2)?["startColumn"] == 3)
    // The reverse half of a two-way flow points at the statement that declared it.
    #expect(region(3)?["startLine"] == 18)
  }

  @Test func triageBecomesSuppressions() throws {
    let results = try #require(try run(try parsed(Fixture.input()))["results"] as? [[String: Any]])
    let accepted = try #require(results[2]["suppressions"] as? [[String: Any]])
    #expect(accepted.first?["kind"] as? String == "inSource")
    #expect(
      accepted.first?["justification"] as? String
        == "Supplier replaces ABP with OTAA in the 2027 firmware.")
    #expect((results[2]["properties"] as? [String: Any])?["status"] as? String == "accepted")
    let transferred = try #require(results[3]["suppressions"] as? [[String: Any]])
    #expect(
      transferred.first?["justification"] as? String
        == "Covered by the operator's own VPN contract.")
    #expect(results[0]["suppressions"] == nil)
  }

  @Test func triageWithoutAStatementIsExternal() throws {
    var findings = Fixture.findings
    findings[2].triage = Triage(rule: "SCP-S-002", target: "lamp", status: .accepted)
    let input = ReportInput(
      diagram: Diagram(), findings: findings, modelPath: "/abs/path with space/m.dfd",
      catalogue: Fixture.catalogue)
    let text = SARIFWriter().write(input)
    try JSONSchema.expectValid(text)
    let results = try #require(try run(try parsed(input))["results"] as? [[String: Any]])
    let suppression = try #require((results[2]["suppressions"] as? [[String: Any]])?.first)
    #expect(suppression["kind"] as? String == "external")
    #expect(text.contains("file:///abs/path%20with%20space/m.dfd"))
  }
}
