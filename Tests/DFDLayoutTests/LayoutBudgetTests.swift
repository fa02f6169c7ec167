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

  @Test func manyShortFlowsStayRanked() throws {
    let diagram = try SampleGoldenTests.diagram("street-lighting")
    var big = Diagram(info: diagram.info)
    // Forty copies of a sample side by side: many flows, each spanning few ranks.
    for copy in 0..<40 {
      for boundary in diagram.boundaries {
        var renamed = boundary
        renamed.id += "-\(copy)"
        renamed.parent = boundary.parent.map { $0 + "-\(copy)" }
        big.add(renamed)
      }
      for element in diagram.elements {
        var renamed = element
        renamed.id += "-\(copy)"
        renamed.boundary = element.boundary.map { $0 + "-\(copy)" }
        big.add(renamed)
      }
      for flow in diagram.flows {
        var renamed = flow
        renamed.id += "-\(copy)"
        renamed.source += "-\(copy)"
        renamed.target += "-\(copy)"
        renamed.pair = flow.pair.map { $0 + "-\(copy)" }
        big.add(renamed)
      }
    }
    let cost = LayoutCost(big)
    #expect(cost.elements >= 1_000 && cost.preset == .fast, "\(cost)")
  }

  @Test func aLayoutPastItsBudgetFallsBackAndSaysSo() throws {
    let diagram = DenseDiagram.make(elements: 60, flows: 300)
    #expect(!LayoutCost(diagram).isSmall)
    let renderer = DiagramRenderer(budget: LayoutBudget(first: 0, fallback: 10, perElement: 0))
    let rendering = try renderer.render(diagram, as: .svg)
    let fallback = try #require(rendering.fallback)
    #expect(fallback == "the full layout did not finish within 0 s; drew the unranked layout")
    let svg = try SVGDocument(rendering.data)
    #expect(svg.groups.filter { $0.classes.contains("flow") }.count == 300)
  }

  @Test func whenEveryLayoutIsOverBudgetTheRenderFailsInsteadOfHanging() {
    let diagram = DenseDiagram.make(elements: 60, flows: 300)
    let renderer = DiagramRenderer(budget: LayoutBudget(first: 0, fallback: 0, perElement: 0))
    let reason =
      "the full layout did not finish within 0 s, then unranked did not finish within 0 s, "
      + "then forceDirected did not finish within 0 s; draw a part with --focus ID"
    #expect(throws: GraphvizError.layoutFailed(messages: [reason])) {
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
    let set = LayoutBudget.fromEnvironment(["SCP_DFD_LAYOUT_BUDGET": "2.5"])
    #expect(set.seconds(attempt: 0, elements: 1_000) == 2.5)
    #expect(LayoutBudget().seconds(attempt: 0, elements: 100) == 7)
    #expect(LayoutBudget().seconds(attempt: 1, elements: 100) == 3)
    #expect(LayoutBudget.fromEnvironment(["SCP_DFD_LAYOUT_BUDGET": "-1"]) == LayoutBudget())
    #expect(LayoutBudget.fromEnvironment([:]) == LayoutBudget())
  }
}
