import Foundation
import TestSupport
import Testing

/// The command line's part of `threats`: exit codes, options and the terminal.
///
/// What each format holds: PipelineTests.FindingsOutputTests.
struct ThreatsCommandTests {
  let sample = "samples/street-lighting.dfd"

  @Test func failOnExitsOneWhenAnOpenFindingIsSevereEnough() throws {
    let critical = try Binary.run(["threats", sample, "--fail-on", "critical"], in: Binary.root)
    #expect(critical.status == 1)
    #expect(critical.stdout.contains("findings"))
  }

  @Test func sarifIsValidAndSkipsMitigatedFindings() throws {
    let result = try Binary.run(["threats", sample, "--format", "sarif"], in: Binary.root)
    #expect(result.status == 0)
    try JSONSchema.expectValid(result.stdout)
    let log = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(!results.isEmpty)
    #expect(!result.stdout.contains("\"status\": \"mitigated\""))
  }

  @Test func markdownIsATableForAPullRequest() throws {
    let result = try Binary.run(["threats", sample, "--format", "markdown"], in: Binary.root)
    #expect(result.status == 0)
    #expect(
      result.stdout.contains("| Severity | Status | Basis | STRIDE | Rule | Target | Title |"))
  }

  @Test func privacyLensListsOnlyPrivacyFindingsByLinddunCategory() throws {
    let result = try Binary.run(
      ["threats", "samples/car-park-cctv.dfd", "--lens", "privacy", "--format", "json"],
      in: Binary.root)
    #expect(result.status == 0)
    let document = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let findings = try #require(document["findings"] as? [[String: Any]])
    #expect(!findings.isEmpty)
    #expect(findings.allSatisfy { $0["linddun"] != nil })
    let table = try Binary.run(
      ["threats", "samples/car-park-cctv.dfd", "--lens", "privacy"], in: Binary.root)
    #expect(table.stdout.hasPrefix("LINDDUN: "))
  }

  @Test func tableIsNeverColouredWithNoColor() throws {
    let result = try Binary.run(
      ["threats", sample, "--color", "always"], in: Binary.root, environment: ["NO_COLOR": "1"])
    #expect(!result.stdout.contains("\u{1B}["))
    let coloured = try Binary.run(
      ["threats", sample, "--color", "always"], in: Binary.root, environment: ["NO_COLOR": ""])
    #expect(coloured.stdout.contains("\u{1B}["))
  }

  @Test func tableWrapsToTheWidth() throws {
    let result = try Binary.run(
      ["threats", sample], in: Binary.root, environment: ["COLUMNS": "60"])
    #expect(result.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
  }

  @Test func userCatalogueErrorsExitTwoWithAPlace() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).yaml")
    try
      "threats:\n  - id: U-1\n    title: x\n    stride: [spoofing]\n    target: flow\n    when: \"flow.encrypt\"\n    severity: low\n"
      .write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let check = try Binary.run(["catalogue", "check", file.path])
    #expect(check.status == 2)
    #expect(
      check.stderr.contains(":6:12: error[DFD705]: in condition: unknown flow attribute 'encrypt'"))
    #expect(check.stderr.contains("6 |     when: \"flow.encrypt\"\n  |            ^"))
    let json = try Binary.run(
      ["check", sample, "--catalogue", file.path, "--format", "json"], in: Binary.root)
    #expect(json.status == 2)
    #expect(json.stdout.contains("\"code\" : \"DFD705\""), "\(json.stdout)")
    #expect(json.stdout.contains("\"line\" : 6"), "\(json.stdout)")
    let threats = try Binary.run(["threats", sample, "--catalogue", file.path], in: Binary.root)
    #expect(threats.status == 2)
  }

  @Test func noBuiltinLeavesOnlyUserRules() throws {
    let list = try Binary.run(["catalogue", "list", "--no-builtin"])
    #expect(list.status == 0)
    #expect(list.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
  }
}
