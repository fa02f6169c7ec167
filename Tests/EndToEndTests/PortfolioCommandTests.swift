import Foundation
import Testing

/// `check` and `threats` over a folder of models: one line or row per model, the gate over
/// them all.
@Suite struct PortfolioCommandTests {
  @Test func checkOfAFolderChecksEveryModelButNotTheIncludedFragments() throws {
    let result = try Binary.run(["check", "samples"], in: Binary.root)
    #expect(result.status == 0)
    #expect(result.stderr.contains("samples/include-demo/main.dfd: no problems"))
    #expect(!result.stderr.contains("include-demo/shared"))
    #expect(result.stderr.hasSuffix("7 models: 7 valid\n"))
  }

  @Test func threatsOfAFolderSummarisesEachModelAndGatesThemAll() throws {
    let result = try Binary.run(
      ["threats", "samples", "--fail-on", "critical", "--format", "markdown"], in: Binary.root)
    #expect(result.status == 1)
    let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("| `samples/") }
    #expect(rows.count == 7)
    #expect(rows.contains { $0.contains("include-demo/main.dfd") && $0.hasSuffix("| pass |") })
    #expect(result.stderr.contains("6 of 7 models have open findings at or above critical"))
  }

  @Test func aBrokenModelInThePortfolioIsListedAndExitsTwo() throws {
    let result = try Binary.run(
      ["threats", "samples/street-lighting.dfd", "missing.dfd"], in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stdout.contains("samples/street-lighting.dfd"))
    #expect(result.stdout.contains("missing.dfd") && result.stdout.contains("has errors"))
    #expect(result.stderr.contains("error[DFD501]"))
  }

  @Test func optionsThatNameOneModelsPartsAreRefused() throws {
    let result = try Binary.run(["threats", "samples", "--element", "aq"], in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stderr.contains("name one model"))
  }
}
