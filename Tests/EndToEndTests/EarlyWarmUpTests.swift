import DFDLayout
import Testing

@testable import scp_dfd

/// Graphviz warms up during parsing only for commands that will lay a diagram out.
@Suite struct EarlyWarmUpTests {
  private func format(_ arguments: String, environment: [String: String] = [:]) -> RenderFormat? {
    EarlyWarmUp.format(
      for: ["scp-dfd"] + arguments.split(separator: " ").map(String.init),
      environment: environment)
  }

  @Test func renderAndReportWarmUpForTheirFormat() {
    #expect(format("render m.dfd") == .svg)
    #expect(format("render m.dfd -o m.png") == .png)
    #expect(format("render m.dfd --output m.PDF") == .pdf)
    #expect(format("render --format pdf m.dfd -o m.svg") == .pdf)
    #expect(format("render m.dfd --format=png") == .png)
    #expect(format("report m.dfd -o m.md") == .svg)
  }

  @Test func nothingIsLaidOutSoNothingWarmsUp() {
    #expect(format("render m.dfd --format dot") == nil)
    #expect(format("render m.dfd -o m.gv") == nil)
    #expect(format("render m.dfd -o m.dot") == nil)
    #expect(format("render --help") == nil)
    #expect(format("report m.dfd -h") == nil)
    #expect(format("check m.dfd") == nil)
    #expect(format("threats m.dfd -o t.html") == nil)
    #expect(format("--version") == nil)
    #expect(format("") == nil)
    #expect(format("render m.dfd", environment: [SCPDFD.Render.noWarmUpVariable: "1"]) == nil)
  }
}
