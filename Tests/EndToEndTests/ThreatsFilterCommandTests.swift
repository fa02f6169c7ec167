import Foundation
import Testing

/// `threats` writes to `-o` as render and report do, filters by status, element, boundary,
/// rule and severity, and says why `--fail-on` failed.
struct ThreatsFilterCommandTests {
  let sample = "samples/street-lighting.dfd"

  private func threats(_ arguments: [String]) throws -> Binary.Result {
    try Binary.run(["threats", sample] + arguments, in: Binary.root)
  }

  /// The findings of a JSON run, as (rule, target, status, severity) rows.
  private func findings(_ arguments: [String]) throws -> [[String: Any]] {
    let result = try threats(["--format", "json"] + arguments)
    #expect(result.status == 0, "\(result.stderr)")
    let document = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    return try #require(document["findings"] as? [[String: Any]])
  }

  @Test func failOnSaysWhichOpenFindingsFailedTheGate() throws {
    let result = try threats(["--fail-on", "high"])
    #expect(result.status == 1)
    let lines = result.stderr.split(separator: "\n")
    let header = try #require(lines.first)
    #expect(header.hasPrefix("error: --fail-on high: "))
    #expect(header.hasSuffix(" open findings at high or higher:"))
    #expect(lines.dropFirst().first?.hasPrefix("  CRITICAL SCP-") == true)
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("  ") })
    #expect(lines.count <= 22)
    let passed = try threats(["--fail-on", "critical", "--rule", "SCP-T-002"])
    #expect(passed.status == 0)
    #expect(passed.stderr.isEmpty)
  }

  @Test func theGateMessageIsEscapedForTheTerminal() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-gate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = folder.appendingPathComponent("m.dfd")
    let text = """
      model "M"
      user u "U\\u{1B}[2J"
      service s "S"
      u -> s "Login\\u{202E}gnp.exe" [protocol: http]

      """
    try text.write(to: model, atomically: true, encoding: .utf8)
    let result = try Binary.run(["threats", model.path, "--fail-on", "low"])
    #expect(result.status == 1, "\(result.stderr)")
    #expect(result.stderr.contains("open finding"))
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(!result.stderr.contains("\u{202E}"))
  }

  @Test func statusAcceptsEveryTriageStatusRepeatedOrCommaSeparated() throws {
    let all = try findings([])
    for status in ["open", "mitigated", "accepted", "transferred", "not-applicable"] {
      let some = try findings(["--status", status])
      #expect(!some.isEmpty, "\(status)")
      #expect(some.allSatisfy { $0["status"] as? String == status }, "\(status)")
      #expect(some.count == all.filter { $0["status"] as? String == status }.count)
    }
    let two = try findings(["--status", "mitigated,accepted"])
    let repeated = try findings(["--status", "mitigated", "--status", "accepted"])
    #expect(two.count == repeated.count)
    #expect(
      two.count == all.filter { ["mitigated", "accepted"].contains($0["status"] as? String) }.count)
    #expect(try findings(["--status", "all"]).count == all.count)
  }

  @Test func filtersNarrowTheList() throws {
    let all = try findings([])
    let element = try findings(["--element", "aq-sensor"])
    #expect(!element.isEmpty && element.count < all.count)
    #expect(element.contains { $0["target"] as? String == "aq-sensor" })
    #expect(element.contains { $0["target"] as? String == "aq-uplink" })
    #expect(
      element.allSatisfy {
        $0["target"] as? String == "aq-sensor" || $0["targetKind"] as? String == "flow"
      })
    let boundary = try findings(["--boundary", "brightway-cloud"])
    #expect(boundary.contains { $0["target"] as? String == "cms-db" })
    #expect(!boundary.contains { $0["target"] as? String == "aq-sensor" })
    let rule = try findings(["--rule", "SCP-T-002"])
    #expect(!rule.isEmpty && rule.allSatisfy { $0["rule"] as? String == "SCP-T-002" })
    let severe = try findings(["--min-severity", "high"])
    #expect(!severe.isEmpty)
    #expect(severe.allSatisfy { ["high", "critical"].contains($0["severity"] as? String) })
  }

  @Test(arguments: [
    (["--element", "aq-sensr"], "error: --element: no element 'aq-sensr' in", "aq-sensor"),
    (["--boundary", "dmzz"], "error: --boundary: no boundary 'dmzz' in", "dmz"),
    (["--rule", "SCP-T-02"], "error: --rule: no rule 'SCP-T-02' in the catalogue or", "SCP-T-002"),
    (["--status", "mitigatd"], "error: --status: no status 'mitigatd' (one of open,", "mitigated"),
  ])
  func unknownNamesExitTwoWithADidYouMean(
    _ arguments: [String], _ message: String, _ suggestion: String
  ) throws {
    let result = try threats(arguments)
    #expect(result.status == 2)
    #expect(result.stderr.contains(message))
    #expect(result.stderr.contains("= note: did you mean '\(suggestion)'?"))
    #expect(result.stdout.isEmpty)
  }

  @Test(arguments: [("csv", "id,target,"), ("sarif", "\"version\": \"2.1.0\""), ("md", "| ")])
  func outputFileFormatFollowsTheExtension(_ fileExtension: String, _ start: String) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-threats-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("findings.\(fileExtension)")
    let result = try threats(["-o", out.path])
    #expect(result.status == 0)
    #expect(result.stdout.isEmpty)
    let text = try String(contentsOf: out, encoding: .utf8)
    #expect(text.contains(start))
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 1)
  }

  @Test func outputNamingTheModelIsRefused() throws {
    let result = try threats(["-o", sample, "--format", "csv"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("refusing to overwrite the model"))
  }
}
