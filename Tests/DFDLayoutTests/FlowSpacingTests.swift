import DFDLayout
import DFDModel
import Testing

/// Flows with wide labels are lengthened (`minlen`) so that dot leaves room for the label.
struct FlowSpacingTests {
  static var diagram: Diagram {
    var diagram = Diagram()
    diagram.add(Element(id: "a", kind: "user", category: .external, label: "A"))
    diagram.add(Element(id: "b", kind: "service", category: .process, label: "B"))
    diagram.add(Flow(id: "short", source: "a", target: "b", label: "Ok"))
    diagram.add(Flow(id: "medium", source: "a", target: "b", label: "Meter readings"))
    diagram.add(
      Flow(
        id: "wide", source: "b", target: "a", label: "Key derivation (PKCS#11)",
        attributes: ["protocol": .string("basics-station")]))
    diagram.add(
      Flow(
        id: "tall", source: "a", target: "b",
        label: "One two three four five six seven eight nine ten eleven twelve thirteen"))
    return diagram
  }

  static func minlen(_ flow: String, _ options: DiagramOptions) -> String? {
    let dot = DOTWriter(options: options).write(diagram)
    guard let line = dot.split(separator: "\n").first(where: { $0.contains("id=\"flow-\(flow)\"") })
    else { return "missing" }
    guard let range = line.range(of: "minlen=\"") else { return nil }
    return String(line[range.upperBound...].prefix { $0 != "\"" })
  }

  @Test func wideLabelsLengthenTheirFlowAcrossRanks() {
    let options = DiagramOptions(direction: .leftToRight)
    #expect(Self.minlen("short", options) == nil)
    #expect(Self.minlen("medium", options) == "2")
    // Three ranks at most, however wide: each extra rank costs layout time.
    #expect(Self.minlen("wide", options) == "3")
    #expect(Self.minlen("tall", options) == "3")
  }

  @Test func labelHeightCountsTopToBottom() {
    let options = DiagramOptions(direction: .topToBottom)
    #expect(Self.minlen("short", options) == nil)
    #expect(Self.minlen("wide", options) == nil)
    #expect(Self.minlen("tall", options) == nil)
  }

  @Test func theFastPresetLeavesFlowsShort() {
    let options = DiagramOptions(direction: .leftToRight, fast: true)
    #expect(Self.minlen("wide", options) == nil)
    #expect(Self.minlen("tall", options) == nil)
  }
}
