import DFDLayout
import Foundation
import Pipeline
import TestSupport
import Testing

/// A layout past its budget falls back with a warning, in process. (The time whole runs of a
/// dense model take: EndToEndTests.LayoutBudgetCommandTests.)
struct DenseModelTests {
  let scratch = Scratch()

  @Test func aLayoutPastItsBudgetFallsBackWithAWarning() throws {
    try scratch.write("medium.dfd", DenseModel.text(elements: 60, flows: 300))
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
