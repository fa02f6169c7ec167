import Foundation
import Testing

/// Spawns the binary for `threats`' exit statuses, standard error, NO_COLOR and COLUMNS.
///
/// What each format and filter holds: PipelineTests.FindingsOutputTests and ThreatsFactsTests.
struct ThreatsCommandTests {
  let sample = "samples/street-lighting.dfd"

  private func threats(_ arguments: [String], environment: [String: String] = [:]) throws
    -> Binary.Result
  {
    try Binary.run(["threats", sample] + arguments, in: Binary.root, environment: environment)
  }

  @Test func failOnExitsOneSayingWhichOpenFindingsFailedTheGate() throws {
    let critical = try threats(["--fail-on", "critical"])
    #expect(critical.status == 1)
    #expect(critical.stdout.contains("findings"))
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

  /// The command hands the engine's attack paths to the JSON (the privacy lens lists none).
  @Test func jsonListsTheAttackPaths() throws {
    func paths(_ arguments: [String]) throws -> [[String: Any]] {
      let result = try threats(["--format", "json"] + arguments)
      #expect(result.status == 0)
      let document = try #require(
        try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
      return try #require(document["attackPaths"] as? [[String: Any]])
    }
    let stride = try paths([])
    #expect(stride.count == 4)
    #expect(stride.first?["id"] as? String == "P1")
    #expect(stride.first?["entry"] as? String == "internet")
    #expect(
      stride.first?["elements"] as? [String] == ["lighting-cms", "lns", "gw-townhall", "lamp-node"])
    #expect(try paths(["--lens", "privacy"]).isEmpty)
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

  @Test func tableFollowsNoColorAndTheWidth() throws {
    let plain = try threats(["--color", "always"], environment: ["NO_COLOR": "1"])
    #expect(!plain.stdout.contains("\u{1B}["))
    let coloured = try threats(["--color", "always"], environment: ["NO_COLOR": ""])
    #expect(coloured.stdout.contains("\u{1B}["))
    let narrow = try threats([], environment: ["COLUMNS": "60"])
    #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
  }

  @Test func aBadCatalogueOrAnUnknownNameExitsTwoPrintingNothing() throws {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID()).yaml")
    try "threats:\n  - id: U-1\n    when: \"flow.encrypt\"\n"
      .write(to: file, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: file) }
    let catalogue = try threats(["--catalogue", file.path])
    #expect(catalogue.status == 2)
    #expect(catalogue.stdout.isEmpty)
    let unknown = try threats(["--element", "aq-sensr"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("= note: did you mean 'aq-sensor'?"))
    #expect(unknown.stdout.isEmpty)
  }
}
