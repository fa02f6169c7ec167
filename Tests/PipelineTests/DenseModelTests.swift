import DFDLayout
import Foundation
import Pipeline
import Testing

/// `render` and `report` on a small, dense model (issue 12: 100 elements and 1,000 labelled
/// flows ran past 120 s) finish, and a layout past its budget falls back with a warning.
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

  @Test(arguments: ["render", "report"])
  func theDenseModelFinishesWithinFifteenSeconds(_ command: String) async throws {
    try scratch.write("dense.dfd", Self.denseModel(elements: 100, flows: 1_000))
    let clock = ContinuousClock()
    let start = clock.now
    let loaded = try valid(scratch.path("dense.dfd"))
    let warnings: String
    if command == "render" {
      let request = DiagramRequest()
      warnings = try request.draw(try request.view(of: loaded), as: .svg).warnings
    } else {
      var timer = PhaseTimer(enabled: false)
      warnings = try await ReportBuilder.build(
        loaded, findings: loaded.analyze().findings, catalogue: .builtIn,
        renderer: try ReportBuilder.renderer(for: .html, template: nil), diagramFile: nil,
        timer: &timer
      ).warnings
    }
    #expect(start.duration(to: clock.now) < .seconds(15))
    #expect(!warnings.contains("warning: layout"), "\(warnings)")
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
