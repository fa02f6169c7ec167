import DFDLayout
import Foundation
import Pipeline
import Testing

/// Drawing in process: the SVG of a sample, and Graphviz's complaints as warning lines.
struct DiagramDrawerTests {
  @Test func aSampleDrawsAsSVGWithoutWarnings() throws {
    let path = samplesFolder.appendingPathComponent("street-lighting.dfd").path
    let loaded = try #require(ModelReader(catalogue: .builtIn).read(path).valid)
    let drawing = try ReportBuilder.diagram(loaded, loaded.analyze().findings)
    let svg = String(decoding: drawing.rendering.data, as: UTF8.self)
    #expect(svg.contains("<svg"))
    #expect(svg.contains("<title>"))
    #expect(drawing.warnings.isEmpty)
  }

  @Test func manyGraphvizMessagesAreCutToTenAndCounted() {
    var rendering = Rendering(
      data: [], messages: (1...12).map { "message \($0)" }, isDegraded: true)
    rendering.fallback = "the full layout did not finish within 6 s; drew the fast layout"
    let lines = DiagramDrawer.warnings(about: rendering).split(separator: "\n")
    #expect(lines.count == 13)
    #expect(lines[0] == "warning: graphviz: message 1")
    #expect(lines[10] == "warning: graphviz: … and 2 more messages")
    #expect(lines[11].hasPrefix("warning: layout: the full layout did not finish"))
    #expect(lines[12] == "warning: Graphviz reported layout errors; the diagram may be incomplete")
  }

  @Test func graphvizMessagesAreEscapedForTheTerminal() {
    let rendering = Rendering(data: [], messages: ["bad \u{1B}[2J label"])
    #expect(!DiagramDrawer.warnings(about: rendering).contains("\u{1B}"))
  }
}
