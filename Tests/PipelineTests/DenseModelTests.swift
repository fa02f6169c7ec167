import DFDLayout
import Foundation
import Pipeline
import Testing

/// A layout past its budget falls back with a warning, in process. (The time whole runs of a
/// dense model take: EndToEndTests.LayoutBudgetCommandTests.)
struct DenseModelTests {
  let scratch = Scratch()

  /// `elements` services without boundaries and `flows` named, labelled flows between them.
  static func denseModel(elements: Int, flows: Int) -> String {
    var text = "model \"Dense\"\n"
    for index in 0..<elements { text += "service e\(index) \"Element \(index)\"\n" }
    var state: UInt64 = 7
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for number in 1...flows {
      let source = next(elements)
      var target = next(elements - 1)
      if target >= source { target += 1 }
      text += "f\(number): e\(source) -> e\(target) \"Batch \(number)\"\n"
    }
    return text
  }

  @Test func aLayoutPastItsBudgetFallsBackWithAWarning() throws {
    try scratch.write("medium.dfd", Self.denseModel(elements: 60, flows: 300))
    let loaded = try valid(scratch.path("medium.dfd"))
    var request = DiagramRequest()
    request.fast = false
    let view = try request.view(of: loaded)
    let drawing = try DiagramDrawer.draw(
      view.diagram, findings: view.findings, facts: view.facts, numbers: view.numbers,
      options: view.options, as: .svg,
      budget: .fromEnvironment(["SCP_DFD_LAYOUT_BUDGET": "0"]))
    #expect(
      drawing.warnings.contains(
        "warning: layout: the full layout did not finish within 0 s; drew the unranked layout"))
  }
}
