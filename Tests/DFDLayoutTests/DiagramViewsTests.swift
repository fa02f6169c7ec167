import DFDModel
import OutputEscaping
import Testing
import ThreatEngine

@testable import DFDLayout

/// The page split (issue 17): goldens on the pages' DOT, and every flow under one number in
/// every view (full, focus, overview, split pages).
struct DiagramViewsTests {
  static func sample(_ name: String) throws -> (Diagram, [Finding], [String: FlowFacts]) {
    let diagram = try SampleGoldenTests.diagram(name)
    let findings = EngineFacts.analyzer.analyze(diagram).findings
    return (diagram, findings, EngineFacts.of(diagram))
  }

  @Test func pageOfASplitMatchesGolden() throws {
    let (diagram, findings, facts) = try Self.sample("street-lighting")
    let pages = DiagramPages(diagram).pages
    let page = try #require(pages.count > 1 ? pages[1] : nil)
    var options = DiagramOptions(direction: .topToBottom, showLegend: false, name: "p3")
    options.page = PageLayout(paper: .a4)
    let dot = DOTWriter(options: options).write(
      page.diagram, findings: findings, facts: facts, numbers: FlowNumbers(diagram),
      stubs: page.stubs)
    #expect(dot.contains("size=\"7.26,10.69\""))
    #expect(dot.contains("class=\"flow-stub\""))
    try expectGolden(dot, "views/street-lighting-page-3.dot")
  }

  /// Top to bottom, a stub list stands level with the element at the page's end of most of its
  /// flows where `stubLists` asks (`minlen=0` on that element's flows, the others leave the
  /// ranks alone); else, and left to right, its flows are ranked as flows are.
  @Test func stubListsStandBesideTheirBusiestElement() throws {
    let (diagram, findings, facts) = try Self.sample("street-lighting")
    let page = DiagramPages(diagram).pages[1]
    func stubEdges(
      _ lists: DiagramOptions.StubLists, _ direction: DiagramOptions.Direction = .topToBottom
    ) -> [String] {
      var options = DiagramOptions(direction: direction, showLegend: false, name: "p3")
      options.stubLists = lists
      let dot = DOTWriter(options: options).write(
        page.diagram, findings: findings, facts: facts, numbers: FlowNumbers(diagram),
        stubs: page.stubs)
      return dot.split(separator: "\n").map(String.init).filter {
        $0.contains(" -> ") && $0.contains("\"stubs:")
      }
    }
    func ranking(_ line: String) -> String {
      line.contains("minlen=\"0\"") ? "level" : line.contains("constraint=\"false\"") ? "free" : ""
    }
    func rankings(_ edges: [String], into list: String) -> [String] {
      edges.filter { $0.contains(list == "stubs:out" ? "-> \"stubs:out\"" : "\"stubs:in\" ->") }
        .map(ranking)
    }
    let outgoing = stubEdges(.outgoingBeside)
    let both = stubEdges(.beside)
    let neither = stubEdges(.aboveAndBelow).map(ranking)
    let leftToRight = stubEdges(.beside, .leftToRight).map(ranking)
    #expect(rankings(outgoing, into: "stubs:out") == ["level", "free"])
    #expect(rankings(outgoing, into: "stubs:in") == ["", "", ""])
    // Two of the three flows coming in end at the town hall gateway.
    #expect(rankings(both, into: "stubs:in") == ["level", "level", "free"])
    #expect(neither.count == 5 && neither.allSatisfy(\.isEmpty))
    #expect(leftToRight.count == 5 && leftToRight.allSatisfy(\.isEmpty))
  }

  /// Compact stub rows: flows of one name share a row listing their numbers and pages; a name
  /// with one flow, and flows without a name, keep a row each.
  @Test func compactStubRowsShareANameOnce() {
    func stub(_ source: String, _ label: String?, page: Int) -> (FlowStub, Int) {
      let flow = Flow(id: source + "-siem", source: source, target: "siem", label: label)
      return (
        FlowStub(flow: flow, leaves: false, otherName: source.uppercased(), otherPage: page), 0
      )
    }
    let list = [
      stub("a", "Security events", page: 3), stub("b", "Backups", page: 4),
      stub("c", "Security events", page: 5), stub("d", nil, page: 6),
    ].enumerated().map { ($0.element.0, $0.offset + 10) }
    #expect(
      DOTWriter.stubRows(list, compact: true) == [
        "← Security events, 2 flows: 10\u{00A0}p.\u{00A0}3, 12\u{00A0}p.\u{00A0}5",
        "← 11. Backups from B, p.\u{00A0}4", "← 13. from D, p.\u{00A0}6",
      ])
    #expect(DOTWriter.stubRows(list, compact: false).count == 4)
  }

  /// A flow to or from another page ends on the border of its stub list, as a flow ends on an
  /// element (with the list's default margin it stopped 4-8 points short, in mid-air).
  @Test func stubFlowsEndOnTheListsBorder() throws {
    let (diagram, findings, facts) = try Self.sample("street-lighting")
    let page = DiagramPages(diagram).pages[1]
    let dot = DOTWriter(options: DiagramOptions(showLegend: false, name: "p3")).write(
      page.diagram, findings: findings, facts: facts, numbers: FlowNumbers(diagram),
      stubs: page.stubs)
    let svg = try SVGDocument(GraphvizRenderer().render(dot: dot, as: .svg).data)
    let lists = try ["stubs-in", "stubs-out"].map { try #require(svg.bounds(of: $0)) }
    var ends = 0
    for (_, classes, group) in svg.groups where classes.contains("edge") {
      let title = group.elements(forName: "title").first?.stringValue ?? ""
      guard title.contains("stubs:") else { continue }
      // The line's start (from the list) or its arrowhead (to the list), against the box.
      let outgoing = title.hasSuffix("stubs:out")
      let shape = try #require(SVGDocument.first(outgoing ? "polygon" : "path", in: group))
      let box = lists[outgoing ? 1 : 0]
      let gaps = SVGDocument.coordinates(of: shape).map { x, y in
        max(box.minX - x, x - box.maxX, 0) + max(box.minY - y, y - box.maxY, 0)
      }
      let gap = gaps.min() ?? .infinity
      #expect(gap < 1.5, "\(title) ends \(gap) points from its list")
      ends += 1
    }
    #expect(ends >= 4)
  }

  /// The overview as `render --overview` writes it, and as a crowded page 1 draws it: compact
  /// flow labels, no legend; and the legend's own page, explaining every boundary style used.
  @Test func overviewAndLegendPageMatchGoldens() throws {
    let (diagram, findings, facts) = try Self.sample("flood-warning")
    let view = OverviewView(
      diagram, findings: findings, facts: facts, numbers: FlowNumbers(diagram))
    let full = DOTWriter(options: DiagramOptions(name: "overview")).write(
      view.diagram, findings: view.findings, facts: view.facts, numbers: view.numbers)
    try expectGolden(full, "views/flood-warning-overview.dot")

    var options = DiagramOptions(direction: .topToBottom, showLegend: false, name: "p1")
    options.page = PageLayout(paper: .a4)
    options.compactFlowLabels = true
    let compact = DOTWriter(options: options).write(
      view.diagram, findings: view.findings, facts: view.facts, numbers: view.numbers)
    #expect(compact.contains("xlabel=\"13, 25 · "), "a merged flow lists its members")
    try expectGolden(compact, "views/flood-warning-overview-compact.dot")
    // Large print, the crowded page 1's last try: 9-point details, ranks 0.5 inch apart.
    options.largePrint = true
    let large = DOTWriter(options: options).write(
      view.diagram, findings: view.findings, facts: view.facts, numbers: view.numbers)
    #expect(!large.contains("POINT-SIZE=\"8\"") && large.contains("ranksep=\"0.5\""))
    try expectGolden(large, "views/flood-warning-overview-large-print.dot")
    options.largePrint = false
    // Left to right, a one-line label is wider than the gap between ranks: its flow is made
    // longer, as a full label's is (without, council-bms's overview had 4 labels on elements).
    options.direction = .leftToRight
    let across = DOTWriter(options: options).write(
      view.diagram, findings: view.findings, facts: view.facts, numbers: view.numbers)
    #expect(across.contains("xlabel=\"13, 25 · SE 3 · critical\""))
    #expect(across.contains("minlen=\"3\""))

    var legendOptions = DiagramOptions(direction: .topToBottom, name: "p2")
    legendOptions.page = PageLayout(paper: .a4)
    legendOptions.legendBoundaryStyles = BoundaryStyle.used(by: diagram.boundaries)
    let page = PagedRenderer.legendPage(of: diagram, numbers: FlowNumbers(diagram))
    let legend = DOTWriter(options: legendOptions).write(page.diagram)
    #expect(legend.contains("p. 2: Legend"))
    #expect(!legend.contains(" -> "), "nothing but the legend")
    try expectGolden(legend, "views/flood-warning-legend-page.dot")
  }

  /// A nested boundary's page: only its elements, its enclosing boundaries, and stubs (with
  /// the page numbers of the finer split) for everything else.
  @Test func nestedPageMatchesGolden() throws {
    let (diagram, findings, facts) = try Self.sample("ev-charging")
    let top = DiagramPages.Part.topLevel(of: diagram)
    let sites = try #require(top.first { $0.boundary == "public-sites" })
    let split = try #require(sites.split(in: diagram))
    #expect(split.compactMap(\.boundary) == ["market-st", "residential", "leisure-hub"])
    let parts = top.flatMap { $0 == sites ? split : [$0] }
    let pages = DiagramPages(diagram, parts: parts)
    let index = try #require(parts.firstIndex { $0.boundary == "leisure-hub" })
    let page = pages.pages[index]
    #expect(page.title == "Public charging sites › Leisure centre charging hub")
    #expect(
      page.heading == "p. \(index + 2): Leisure centre charging hub", "short: it sets the scale")
    let dot = DOTWriter(options: DiagramOptions(showLegend: false, name: "leisure")).write(
      page.diagram, findings: findings, facts: facts, numbers: FlowNumbers(diagram),
      stubs: page.stubs)
    try expectGolden(dot, "views/ev-charging-leisure-hub.dot")
  }

  @Test func partsSplitByNestedBoundariesAndLookThroughLoneWrappers() throws {
    let diagram = OverviewViewTests.full
    let top = DiagramPages.Part.topLevel(of: diagram)
    #expect(top.map(\.boundary) == ["street", "cloud", nil])
    #expect(top.map(\.elements) == [["s1", "gw"], ["cms"], ["op"]])
    let street = try #require(top.first)
    let split = try #require(street.split(in: diagram))
    #expect(split.map(\.boundary) == ["street", "cabinet"])
    #expect(split.map(\.elements) == [["s1"], ["gw"]])
    #expect(split[1].title(in: diagram) == "Street › Cabinet")
    #expect(split[1].split(in: diagram) == nil, "nothing nested left")
    #expect(top[2].split(in: diagram) == nil, "outside the boundaries")
    // A boundary that only wraps one nested boundary is looked through.
    let wrapped = DiagramPages.Part(boundary: "street", elements: ["gw"])
    #expect(wrapped.split(in: diagram) == nil)
  }

  /// Every drawn flow shows the full model's number in a focused view, in the overview, on
  /// its page (or as a stub on both pages), at every depth of splitting.
  @Test(arguments: SampleGoldenTests.samples)
  func flowsKeepTheirNumbersInEveryView(_ name: String) throws {
    let (diagram, findings, facts) = try Self.sample(name)
    let numbers = FlowNumbers(diagram)
    let full = FlowNumbersTests.numbers(in: DOTWriter().write(diagram, numbers: numbers))
    #expect(full.count == diagram.drawnFlows.count)
    for boundary in diagram.boundaries {
      let part = try #require(diagram.focused(on: boundary.id, depth: 1))
      for (slug, number) in FlowNumbersTests.numbers(in: DOTWriter().write(part, numbers: numbers))
      {
        #expect(full[slug] == number, "focus \(boundary.id): \(slug)")
      }
    }
    let overview = OverviewView(diagram, findings: findings, facts: facts, numbers: numbers)
    for flow in overview.diagram.drawnFlows {
      let members = diagram.drawnFlows.filter { overview.numbers[flow.id] == numbers[$0.id] }
      #expect(members.count == 1, "overview flow \(flow.id) carries a member's number")
    }
    try expectNumbersKept(
      diagram, groups: DiagramPages.Part.topLevel(of: diagram).map { [$0] }, full: full)
    let leaves = Self.splitFully(diagram)
    try expectNumbersKept(diagram, groups: leaves.map { [$0] }, full: full)
    // Parts sharing pages two by two, as small boundaries do.
    let pairs = stride(from: 0, to: leaves.count, by: 2).map {
      Array(leaves[$0..<min($0 + 2, leaves.count)])
    }
    try expectNumbersKept(diagram, groups: pairs, full: full)
  }

  /// Every part split by its nested boundaries, as deep as they go.
  static func splitFully(_ diagram: Diagram) -> [DiagramPages.Part] {
    func leaves(_ part: DiagramPages.Part) -> [DiagramPages.Part] {
      part.split(in: diagram).map { $0.flatMap(leaves) } ?? [part]
    }
    return DiagramPages.Part.topLevel(of: diagram).flatMap(leaves)
  }

  private func expectNumbersKept(
    _ diagram: Diagram, groups: [[DiagramPages.Part]], full: [String: Int]
  ) throws {
    let numbers = FlowNumbers(diagram)
    let parts = groups.flatMap { $0 }
    #expect(parts.flatMap(\.elements).sorted() == diagram.elements.map(\.id).sorted())
    var onPages: [String: Int] = [:]
    var stubbed: [String: Int] = [:]
    for page in DiagramPages(diagram, groups: groups).pages {
      let dot = DOTWriter().write(page.diagram, numbers: numbers, stubs: page.stubs)
      for (flow, number) in FlowNumbersTests.numbers(in: dot) { onPages[flow] = number }
      for stub in page.stubs {
        let number = try #require(numbers[stub.flow.id])
        #expect(dot.contains("\(number). "), "stub of \(stub.flow.id)")
        stubbed[stub.flow.id, default: 0] += 1
      }
    }
    for flow in diagram.drawnFlows {
      let slug = SVGIdentifier.slug(flow.id)
      if stubbed[flow.id] != nil {
        #expect(stubbed[flow.id] == 2, "flow \(flow.id) is a stub on both its pages")
      } else {
        #expect(onPages[slug] == full[slug], "flow \(flow.id)")
      }
    }
  }

  /// On paper nothing is drawn below 8 pt (the boundary badge is 7 pt on screen), so that a
  /// drawing scaled to 7/8 still prints at 7 pt; and the legend's long rows wrap.
  @Test func paperDrawsNothingBelowEightPoints() throws {
    let (diagram, findings, facts) = try Self.sample("street-lighting")
    var options = DiagramOptions()
    #expect(DOTFontSizes.smallest(in: DOTWriter(options: options).utf8(diagram)) == 7)
    options.page = PageLayout(paper: .a4)
    let dot = DOTWriter(options: options).utf8(diagram, findings: findings, facts: facts)
    #expect(DOTFontSizes.smallest(in: dot) == 8)
    #expect(String(decoding: dot, as: UTF8.self).contains("COLSPAN=\"2\""))
  }

  @Test func smallestFontIsReadFromTheDOT() {
    let dot = Array("a [fontsize=\"11\" label=<<FONT POINT-SIZE=\"7\">x</FONT>>]".utf8)
    #expect(DOTFontSizes.smallest(in: dot) == 7)
    #expect(DOTFontSizes.smallest(in: Array("digraph {}".utf8)) == 14)
  }

  @Test func paperScaleNeverEnlarges() {
    let a4 = PageLayout(paper: .a4)
    #expect(a4.printed(8, width: 100, height: 100) == 8)
    #expect(abs(a4.printed(8, width: 523.28 * 2, height: 100) - 4) < 0.001)
    #expect(PageLayout(paper: .a3, landscape: true).size.width == 1190.55)
    #expect(PageLayout(paper: .a3, landscape: true).name == "A3 landscape")
  }
}
