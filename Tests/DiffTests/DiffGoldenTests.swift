import DFDModel
import Foundation
import Reports
import Testing

/// Each edit of the street-lighting sample, diffed against the sample in every format.
struct DiffGoldenTests {
  @Test(arguments: DiffFixture.edits)
  func textMatchesGolden(_ edit: String) throws {
    try expectGolden(DiffTextWriter().write(DiffFixture.report(edit)), "\(edit).txt")
  }

  @Test(arguments: DiffFixture.edits)
  func markdownMatchesGolden(_ edit: String) throws {
    try expectGolden(DiffMarkdownWriter().write(DiffFixture.report(edit)), "\(edit).md")
  }

  @Test(arguments: DiffFixture.edits)
  func jsonMatchesGolden(_ edit: String) throws {
    let text = DiffJSONWriter().write(try DiffFixture.report(edit))
    try expectGolden(text, "\(edit).json")
    #expect(try JSONSerialization.jsonObject(with: Data(text.utf8)) is [String: Any])
  }

  @Test func eachEditShowsTheChangeItWasMadeFor() throws {
    let added = try DiffFixture.report("add-flow")
    #expect(added.model.entries(.added).map(\.id) == ["engineer->udp"])
    #expect(added.findings.count(.new) > 0)
    let tls = try DiffFixture.report("remove-tls")
    #expect(tls.findings.entries(.new).contains { $0.finding.severity == .high })
    #expect(tls.findings.entries(.new).allSatisfy { !$0.finding.why.isEmpty })
    let moved = try DiffFixture.report("move-element")
    #expect(
      moved.model.entries.first?.move == FieldChange(.boundary, old: "highway", new: "column"))
    let triaged = try DiffFixture.report("triage-mitigated")
    #expect(triaged.findings.entries.map(\.status) == [ValueChange(old: .open, new: .mitigated)])
    #expect(triaged.model.isEmpty)
    let renamed = try DiffFixture.report("rename-label")
    #expect(renamed.model.entries.first?.fields.first?.field == .label)
  }

  @Test func aModelAgainstItselfHasNoChanges() throws {
    let report = try DiffFixture.report("street-lighting")
    #expect(report.isEmpty)
    #expect(DiffTextWriter().write(report).hasSuffix("No changes to the model or its threats.\n"))
  }
}
