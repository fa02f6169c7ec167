import DFDLayout
import DFDModel
import Testing

/// `render --paths`: the engine's attack paths drawn heavy and purple, their ends outlined,
/// a legend line, and nothing of it without paths.
struct AttackPathDrawingTests {
  static var diagram: Diagram {
    var diagram = Diagram()
    diagram.add(Element(id: "vendor", kind: "supplier", category: .external))
    diagram.add(Element(id: "broker", kind: "remote-access", category: .process))
    diagram.add(Element(id: "plc", kind: "controller", category: .device))
    diagram.add(Element(id: "other", kind: "service", category: .process))
    diagram.add(Flow(id: "vendor->broker", source: "vendor", target: "broker"))
    diagram.add(Flow(id: "broker->plc", source: "broker", target: "plc"))
    diagram.add(Flow(id: "other->plc", source: "other", target: "plc"))
    return diagram
  }

  static let path = AttackPath(
    entry: .supplier, elements: ["vendor", "broker", "plc"],
    flows: ["vendor->broker", "broker->plc"])

  func statement(_ dot: String, _ prefix: String) -> String {
    dot.split(separator: "\n").first { $0.contains(prefix) }.map(String.init) ?? ""
  }

  @Test func flowsOnAPathAreHeavyAndPurpleWithThePathInTheirTooltip() {
    var options = DiagramOptions()
    options.attackPaths = [Self.path]
    let dot = DOTWriter(options: options).write(Self.diagram)
    for flow in ["\"vendor\" -> \"broker\"", "\"broker\" -> \"plc\""] {
      let edge = statement(dot, flow)
      #expect(edge.contains("attack-path"))
      #expect(edge.components(separatedBy: "penwidth=").count == 2, "one pen width")
      #expect(edge.contains("color=\"#cc79a7\"") && edge.contains("penwidth=\"4.5\""))
      #expect(edge.contains("on attack path P1 (from a supplier)"))
    }
    #expect(!statement(dot, "\"other\" -> \"plc\"").contains("attack-path"))
    #expect(statement(dot, "\"vendor\" [").contains("color=\"#cc79a7\""))
    #expect(statement(dot, "\"plc\" [").contains("color=\"#cc79a7\""))
    #expect(!statement(dot, "\"broker\" [").contains("#cc79a7"))
    #expect(dot.contains("Attack paths"))
  }

  @Test func withoutPathsNothingIsPurple() {
    let dot = DOTWriter().write(Self.diagram)
    #expect(!dot.contains("#cc79a7"))
    #expect(!dot.contains("attack-path"))
    #expect(!dot.contains("Attack paths"))
  }
}
