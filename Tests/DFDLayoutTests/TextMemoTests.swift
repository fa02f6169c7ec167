import DFDLayout
import DFDModel
import Testing
import ThreatEngine

/// The remembered text measurement (CGraphviz/text_memo.h) changes nothing but the speed.
struct TextMemoTests {
  func dot(_ diagram: Diagram) -> String {
    let findings = Analyzer(catalogue: .builtIn).analyze(diagram).findings
    return DOTWriter().write(diagram, findings: findings, facts: EngineFacts.of(diagram))
  }

  @Test(arguments: SampleGoldenTests.samples)
  func sampleSVGIsTheSameWithAndWithoutMemory(_ name: String) throws {
    let dot = dot(try SampleGoldenTests.diagram(name))
    let measured = try GraphvizRenderer(remembersText: false).render(dot: dot, as: .svg)
    // Twice: the second run answers every text from memory.
    let first = try GraphvizRenderer().render(dot: dot, as: .svg)
    let second = try GraphvizRenderer().render(dot: dot, as: .svg)
    #expect(first.data == measured.data)
    #expect(second.data == measured.data)
  }

  @Test func repeatedTextIsMeasuredOnce() throws {
    let label = "m\(UInt32.random(in: 0...UInt32.max))"
    var diagram = Diagram(info: ModelInfo(title: "memo"))
    for index in 0..<20 {
      diagram.add(Element(id: "e\(index)", kind: "sensor", category: .device, label: label))
    }
    let rendering = try GraphvizRenderer().render(dot: dot(diagram), as: .svg)
    #expect(!rendering.isDegraded)
    #expect(GraphvizRenderer.remembersMeasurement(of: label, font: "DejaVu Sans", size: 11))
    let unseen = "u\(UInt32.random(in: 0...UInt32.max))"
    #expect(!GraphvizRenderer.remembersMeasurement(of: unseen, font: "DejaVu Sans", size: 11))
  }

  @Test func pngAndPDFAreDrawnWithoutMemory() throws {
    let label = "p\(UInt32.random(in: 0...UInt32.max))"
    var diagram = Diagram(info: ModelInfo(title: "memo"))
    diagram.add(Element(id: "a", kind: "sensor", category: .device, label: label))
    let png = try GraphvizRenderer().render(dot: dot(diagram), as: .png)
    #expect(Array(png.data.prefix(4)) == [0x89, 0x50, 0x4E, 0x47])
    #expect(!GraphvizRenderer.remembersMeasurement(of: label, font: "DejaVu Sans", size: 11))
  }
}
