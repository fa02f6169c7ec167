import DFDModel
import Foundation
import Pipeline
import Testing

/// The findings of a sample in each `threats` format, and stale triage, in process.
struct FindingsOutputTests {
  static let sample = samplesFolder.appendingPathComponent("street-lighting.dfd").path

  /// The sample, valid, read as `threats` reads it.
  func loaded() throws -> ValidModel {
    try #require(ModelReader(catalogue: .builtIn).read(Self.sample, index: true).valid)
  }

  func output(_ format: ThreatsFormat, _ findings: [Finding]? = nil) throws -> String {
    let model = try loaded()
    return FindingsOutput.render(
      findings ?? model.analyze().findings, of: model, catalogue: .builtIn, as: format,
      width: 100, colors: false)
  }

  @Test func jsonListsFindingsWithEvidence() throws {
    let text = try output(.json)
    let document = try #require(
      JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(document["version"] as? Int == 1)
    let findings = try #require(document["findings"] as? [[String: Any]])
    #expect(!findings.isEmpty)
    #expect(
      findings.allSatisfy {
        ($0["why"] as? [Any])?.isEmpty == false || $0["rule"] as? String == "LOCAL-1"
      })
  }

  @Test func csvHasOneRowPerFinding() throws {
    let count = try loaded().analyze().findings.count
    let text = try output(.csv)
    #expect(text.hasPrefix("id,target,target label,stride,severity,status,"))
    let rows = text.components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(rows.count == count + 1)
  }

  @Test func markdownIsATableForAPullRequest() throws {
    let header = "| Severity | Status | Basis | STRIDE | Rule | Target | Title |"
    #expect(try output(.markdown).contains(header))
  }

  @Test func openStatusHidesTriagedFindings() throws {
    let model = try loaded()
    let findings = model.analyze().findings
    let open = FindingFilter(statuses: [.open]).apply(findings, in: model.diagram)
    #expect(try output(.table, findings).contains("(mitigated)"))
    #expect(try !output(.table, open).contains("(mitigated)"))
  }

  @Test func tableFitsTheWidthWithoutColour() throws {
    let text = try output(.table)
    #expect(!text.contains("\u{1B}["))
    #expect(text.split(separator: "\n").allSatisfy { $0.count <= 100 })
  }

  @Test func staleTriageIsAWarning() throws {
    let scratch = Scratch()
    try scratch.write(
      "m.dfd",
      "sensor a\ngateway b\na -> b [protocol: ethernet]\nthreat SCP-T-003 on a->b [status: mitigated]\n"
    )
    let result = check(scratch.path("m.dfd"))
    #expect(result.valid)
    #expect(
      result.text.contains(
        "m.dfd:4:1: warning[DFD601]: stale triage: SCP-T-003 does not fire on 'a->b'"))
  }
}
