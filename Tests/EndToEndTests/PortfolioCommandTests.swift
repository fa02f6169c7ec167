import Foundation
import Testing

// Spawns the binary: exit statuses 1 and 2 and the split of standard output and error.
/// `threats` over several models: the gate over them all, the exit status of a broken one, and
/// options that only make sense for one model. (Reading, summarising and `check` of a folder:
/// PipelineTests.PortfolioTests and CheckFactsTests.)
@Suite struct PortfolioCommandTests {
  @Test func threatsOfAFolderSummarisesEachModelAndGatesThemAll() throws {
    let result = try Binary.run(
      ["threats", "samples", "--fail-on", "critical", "--format", "markdown"], in: Binary.root)
    #expect(result.status == 1)
    let rows = result.stdout.split(separator: "\n").filter { $0.hasPrefix("| `samples/") }
    #expect(rows.count == 7)
    #expect(rows.contains { $0.contains("include-demo/main.dfd") && $0.hasSuffix("| pass |") })
    #expect(result.stderr.contains("6 of 7 models have open findings at or above critical"))
  }

  @Test func aBrokenModelInThePortfolioExitsTwo() throws {
    let result = try Binary.run(
      ["threats", "samples/street-lighting.dfd", "missing.dfd"], in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stdout.contains("missing.dfd") && result.stdout.contains("has errors"))
    #expect(result.stderr.contains("error[DFD501]"))
  }

  @Test func optionsThatNameOneModelsPartsAreRefused() throws {
    let result = try Binary.run(["threats", "samples", "--element", "aq"], in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stderr.contains("name one model"))
  }
}
