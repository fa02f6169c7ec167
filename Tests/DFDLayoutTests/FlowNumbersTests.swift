import DFDLayout
import DFDModel
import Testing

/// A flow keeps one number in every view: its position in the full model (issue 12: "Remote
/// admin" was #34 in the full diagram, #4 with `--focus site-nvr`, #9 with `--focus carparks`).
struct FlowNumbersTests {
  /// Flow number by flow id, read from the edges' tooltips (`flow 34 a → b: …`).
  static func numbers(in dot: String) -> [String: Int] {
    var result: [String: Int] = [:]
    for line in dot.split(separator: "\n") where line.contains(" -> ") {
      guard let id = line.firstRange(of: "id=\"flow-"),
        let tip = line.firstRange(of: "tooltip=\"flow ")
      else { continue }
      let slug = line[id.upperBound...].prefix { $0 != "\"" }
      let number = line[tip.upperBound...].prefix { $0.isNumber }
      result[String(slug)] = Int(number)
    }
    return result
  }

  @Test(arguments: ["site-nvr", "quayside", "clearview"])
  func focusedViewsKeepTheFullModelsNumbers(_ focus: String) throws {
    let diagram = try SampleGoldenTests.diagram("car-park-cctv")
    let numbers = FlowNumbers(diagram)
    let full = Self.numbers(in: DOTWriter().write(diagram, numbers: numbers))
    let part = try #require(diagram.focused(on: focus))
    let shown = Self.numbers(in: DOTWriter().write(part, numbers: numbers))
    #expect(!shown.isEmpty && shown.count < full.count)
    for (flow, number) in shown { #expect(full[flow] == number, "flow \(flow)") }
    // Numbered on its own, the view renumbers its flows (what `--focus` did before).
    #expect(Self.numbers(in: DOTWriter().write(part)) != shown)
  }

  @Test func reverseHalvesHaveNoNumberOfTheirOwn() {
    let diagram = Diagram(
      elements: [
        Element(id: "a", kind: "service", category: .process),
        Element(id: "b", kind: "service", category: .process),
      ],
      flows: [
        Flow(id: "a->b", source: "a", target: "b", direction: .forward, pair: "b->a"),
        Flow(id: "b->a", source: "b", target: "a", direction: .reverse, pair: "a->b"),
        Flow(id: "b->a:two", source: "b", target: "a"),
      ])
    let numbers = FlowNumbers(diagram)
    #expect(numbers["a->b"] == 1 && numbers["b->a"] == nil && numbers["b->a:two"] == 2)
  }
}
