import DFDLayout
import DFDModel
import Testing

/// `render --overview`: top-level boundaries collapsed, flows between them merged with their
/// numbers kept, findings and facts regrouped, never recomputed.
struct OverviewViewTests {
  static var full: Diagram {
    var diagram = Diagram()
    diagram.add(
      TrustBoundary(id: "street", label: "Street", attributes: ["type": .string("physical")]))
    diagram.add(TrustBoundary(id: "cabinet", label: "Cabinet", parent: "street"))
    diagram.add(TrustBoundary(id: "cloud", label: "Vendor cloud"))
    diagram.add(Element(id: "s1", kind: "sensor", category: .device, boundary: "street"))
    diagram.add(Element(id: "gw", kind: "gateway", category: .device, boundary: "cabinet"))
    diagram.add(Element(id: "cms", kind: "service", category: .process, boundary: "cloud"))
    diagram.add(Element(id: "op", kind: "staff", category: .external))
    diagram.add(Flow(id: "s1->gw", source: "s1", target: "gw", label: "Readings"))
    diagram.add(Flow(id: "gw->cms", source: "gw", target: "cms", label: "Uplink"))
    diagram.add(Flow(id: "s1->cms", source: "s1", target: "cms", label: "Direct"))
    diagram.add(Flow(id: "op->cms", source: "op", target: "cms", label: "Console"))
    return diagram
  }

  static func view() -> OverviewView {
    let findings = [
      Finding(
        rule: "R1", target: "gw", targetKind: .element, stride: [.tampering], severity: .high,
        title: "x"),
      Finding(
        rule: "R2", target: "s1->gw", targetKind: .flow, stride: [.spoofing], severity: .low,
        title: "y"),
      Finding(
        rule: "R3", target: "gw->cms", targetKind: .flow, stride: [.spoofing],
        severity: .medium, title: "z"),
    ]
    let facts = [
      "gw->cms": FlowFacts(crossesBoundary: true, encrypted: true),
      "s1->cms": FlowFacts(crossesBoundary: true, encrypted: false),
      "op->cms": FlowFacts(crossesBoundary: true, encrypted: true),
    ]
    return OverviewView(full, findings: findings, facts: facts, numbers: FlowNumbers(full))
  }

  @Test func topLevelBoundariesBecomeNodesCountingTheirElements() {
    let view = Self.view()
    #expect(view.diagram.elements.map(\.id) == ["street", "cloud", "op"])
    #expect(view.diagram.element("street")?.label == "Street (2 elements)")
    #expect(view.diagram.element("street")?.kind == "physical")
    #expect(view.diagram.boundaries.isEmpty)
  }

  /// Where the overview would print too small, the elements outside every boundary are one
  /// node as well: counted, their flows merged under their numbers, their findings on it.
  @Test func theElementsOutsideEveryBoundaryCanBeOneNode() {
    var full = Self.full
    full.add(Element(id: "citizen", kind: "citizen", category: .external))
    full.add(Flow(id: "citizen->op", source: "citizen", target: "op", label: "Call"))
    full.add(Flow(id: "citizen->cms", source: "citizen", target: "cms", label: "App"))
    let findings = [
      Finding(
        rule: "R4", target: "citizen", targetKind: .element, stride: [.spoofing],
        severity: .medium, title: "w")
    ]
    let view = OverviewView(
      full, findings: findings, facts: [:], numbers: FlowNumbers(full), collapsesOutside: true)
    let outside = OverviewView.outsideNode
    #expect(view.diagram.elements.map(\.id) == ["street", "cloud", outside])
    #expect(view.diagram.element(outside)?.label == "Outside the boundaries (2 elements)")
    let merged = view.diagram.flows.first { $0.source == outside && $0.target == "cloud" }
    #expect(merged?.label == "2 flows: 4, 6")
    #expect(!view.diagram.flows.contains { $0.source == $0.target }, "citizen -> op is inside")
    #expect(view.findings.map(\.target) == [outside])
  }

  @Test func flowsBetweenTwoNodesMergeKeepingTheirNumbers() {
    let view = Self.view()
    let merged = view.diagram.flows.first { $0.source == "street" && $0.target == "cloud" }
    #expect(merged?.label == "2 flows: 2, 3")
    #expect(merged.flatMap { view.numbers[$0.id] } == 2)
    #expect(view.numbers["op->cms"] == 4, "a lone flow keeps its id and number")
    #expect(merged.flatMap { view.facts[$0.id] }?.encrypted == false, "one member unencrypted")
    #expect(!view.diagram.flows.contains { $0.source == $0.target }, "inner flows are dropped")
  }

  /// Flows running both ways between two nodes are one flow with two arrowheads: side by side
  /// they crossed each other's labels.
  @Test func flowsEitherWayMergeIntoOneTwoWayFlow() {
    var full = Self.full
    full.add(Flow(id: "cms->gw", source: "cms", target: "gw", label: "Commands"))
    let view = OverviewView(full, findings: [], facts: [:], numbers: FlowNumbers(full))
    let between = view.diagram.flows.filter { Set([$0.source, $0.target]) == ["street", "cloud"] }
    #expect(between.count == 1)
    #expect(between.first?.label == "3 flows: 2, 3, 5")
    #expect(between.first?.isTwoWay == true)
    let oneWay = Self.view().diagram.flows.first { $0.source == "street" }
    #expect(oneWay?.isTwoWay == false, "flows all one way keep one arrowhead")
  }

  /// Compact labels (an overview on paper that would print too small with the flows' names)
  /// keep every member's number of a merged flow.
  @Test func compactLabelsListAMergedFlowsNumbers() throws {
    let view = Self.view()
    var options = DiagramOptions(showThreats: false, showLegend: false)
    options.compactFlowLabels = true
    let dot = DOTWriter(options: options).write(
      view.diagram, findings: view.findings, facts: view.facts, numbers: view.numbers)
    #expect(dot.contains("xlabel=\"2, 3\""), "\(dot)")
    #expect(dot.contains("xlabel=\"4\""))
    #expect(!dot.contains("xlabel=<"), "no names: one-line text labels")
    #expect(!dot.contains("minlen"), "one-line labels need no longer flows")
    #expect(view.numbers.shown("op->cms") == [4])
  }

  /// A merged flow of many lists its first numbers and how many more: generated-300's overview
  /// listed 257 and printed at 5.2 points on A4.
  @Test func aMergedFlowOfManyListsItsFirstNumbersAndCountsTheRest() throws {
    var full = Self.full
    for index in 1...10 {
      full.add(Flow(id: "extra\(index)", source: "gw", target: "cms", label: "Extra \(index)"))
    }
    let view = OverviewView(full, findings: [], facts: [:], numbers: FlowNumbers(full))
    let merged = try #require(view.diagram.flows.first { $0.source == "street" })
    #expect(merged.label == "12 flows: 2, 3, 5, 6, 7 and 7 more")
    #expect(view.numbers.shown(merged.id).count == 12, "the view keeps every member's number")
    var options = DiagramOptions(showThreats: false, showLegend: false)
    options.compactFlowLabels = true
    let dot = DOTWriter(options: options).write(
      view.diagram, findings: [], facts: view.facts, numbers: view.numbers)
    #expect(dot.contains("xlabel=\"2, 3, 5, 6, 7 and 7 more\""), "\(dot)")
    let few = Self.view().diagram.flows.first { $0.source == "street" }
    #expect(few?.label == "2 flows: 2, 3", "up to six are all listed")
    #expect(FlowNumbers.listed(Array(1...6)) == "1, 2, 3, 4, 5, 6")
    #expect(FlowNumbers.listed(Array(1...7)) == "1, 2, 3, 4, 5 and 2 more")
  }

  @Test func findingsMoveToWhatStandsForTheirTarget() {
    let view = Self.view()
    let targets = Dictionary(uniqueKeysWithValues: view.findings.map { ($0.rule, $0.target) })
    #expect(targets["R1"] == "street")
    #expect(targets["R2"] == "street", "a flow inside one node: the node carries it")
    #expect(targets["R3"] == "cloud<->street")
  }
}
