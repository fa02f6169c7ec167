import DFDLayout
import DFDModel
import Testing

/// Layout that never finishes (issue 12).
///
/// 100 elements and 1,000 labelled flows ran `render` past 120 s. The preset now follows the layout's estimated cost, and a layout past its time
/// budget falls back to a cheaper one.
struct LayoutBudgetTests {
  static let flat = DenseDiagram.make(elements: 100, flows: 1_000)

  @Test func theDenseFlatModelRendersWithinFifteenSeconds() throws {
    let cost = LayoutCost(Self.flat)
    #expect(cost.preset == .unranked && !cost.isSmall)
    var options = DiagramOptions()
    options.preset = cost.preset
    let clock = ContinuousClock()
    let start = clock.now
    let rendering = try DiagramRenderer(options: options).render(Self.flat, as: .svg)
    #expect(start.duration(to: clock.now) < .seconds(15))
    #expect(rendering.fallback == nil)
    let svg = try SVGDocument(rendering.data)
    #expect(svg.groups.filter { $0.classes.contains("flow") }.count == 1_000)
  }

  @Test func samplesStaySmallAndFull() throws {
    for name in SampleGoldenTests.samples {
      let cost = LayoutCost(try SampleGoldenTests.diagram(name))
      #expect(cost.isSmall && cost.preset == .full, "\(name): \(cost)")
    }
  }

  @Test func nestedBoundariesKeepTheSameFlowsAffordable() {
    let boxed = LayoutCost(DenseDiagram.make(elements: 100, flows: 1_000, boundaries: 10))
    #expect(boxed.preset == .full)
    #expect(boxed.spans * 5 < LayoutCost(Self.flat).spans)
  }

  @Test func aLayoutPastItsBudgetFallsBackAndSaysSo() throws {
    let diagram = DenseDiagram.make(elements: 60, flows: 300)
    #expect(!LayoutCost(diagram).isSmall)
    let renderer = DiagramRenderer(budget: LayoutBudget(first: 0, fallback: 10))
    let rendering = try renderer.render(diagram, as: .svg)
    let fallback = try #require(rendering.fallback)
    #expect(fallback == "the full layout did not finish within 0 s; drew the unranked layout")
    let svg = try SVGDocument(rendering.data)
    #expect(svg.groups.filter { $0.classes.contains("flow") }.count == 300)
  }

  @Test func whenEveryLayoutIsOverBudgetTheRenderFailsInsteadOfHanging() {
    let diagram = DenseDiagram.make(elements: 60, flows: 300)
    let renderer = DiagramRenderer(budget: LayoutBudget(first: 0, fallback: 0))
    #expect(throws: GraphvizError.layoutTimedOut(seconds: 0)) {
      try renderer.render(diagram, as: .svg)
    }
  }

  @Test func theForceDirectedFallbackKeepsBoundariesAndFlows() throws {
    let diagram = DenseDiagram.make(elements: 40, flows: 120, boundaries: 4)
    var options = DiagramOptions()
    options.preset = .forceDirected
    let rendering = try DiagramRenderer(options: options).render(diagram, as: .svg)
    let svg = try SVGDocument(rendering.data)
    #expect(svg.groups.filter { $0.classes.contains("flow") }.count == 120)
    #expect(svg.groups.filter { $0.classes.contains("trust-boundary") }.count == 4)
  }

  @Test func budgetFromTheEnvironment() {
    #expect(LayoutBudget.fromEnvironment(["SCP_DFD_LAYOUT_BUDGET": "2.5"]).first == 2.5)
    #expect(LayoutBudget.fromEnvironment(["SCP_DFD_LAYOUT_BUDGET": "-1"]) == LayoutBudget())
    #expect(LayoutBudget.fromEnvironment([:]) == LayoutBudget())
  }
}
