import DFDModel
import Testing

@testable import DFDLayout

/// `render --page`: fit to the paper at 7 pt or more, else split, and split again by nested
/// boundaries; what still cannot hold 7 pt is said, not silently printed small.
struct PagedRendererTests {
  static func render(
    _ diagram: Diagram, findings: [Finding] = [], facts: [String: FlowFacts] = [:],
    on page: PageLayout
  ) throws -> PagedRenderer.Result {
    let renderer = PagedRenderer(
      renderer: DiagramRenderer(options: DiagramOptions(direction: .topToBottom)), page: page)
    return try renderer.render(
      diagram, findings: findings, facts: facts, numbers: FlowNumbers(diagram), as: .svg)
  }

  @Test func smallDiagramStaysOnePage() throws {
    let result = try Self.render(OverviewViewTests.full, on: PageLayout(paper: .a4))
    #expect(!result.isSplit)
    #expect(result.renderings.count == 1)
    #expect(result.tooSmall.isEmpty)
  }

  /// ev-charging on A4 printed 3-4 pt text on its public-sites page when split only by
  /// top-level boundaries; that page is now split by its nested boundaries, and the smallest
  /// text on any boundary's page prints larger than before.
  @Test func evChargingSplitsByNestedBoundaries() throws {
    let (diagram, findings, facts) = try DiagramViewsTests.sample("ev-charging")
    let page = PageLayout(paper: .a4)
    let renderer = PagedRenderer(
      renderer: DiagramRenderer(options: DiagramOptions(direction: .topToBottom)), page: page)
    var before = Double.infinity
    for part in DiagramPages(diagram).pages {
      let content = PagedRenderer.Content(
        diagram: part.diagram, findings: findings, facts: facts, numbers: FlowNumbers(diagram),
        stubs: part.stubs)
      before = min(before, try renderer.fit(content, legend: false).smallestText)
    }
    #expect(before < 5)
    let result = try Self.render(diagram, findings: findings, facts: facts, on: page)
    let topLevel = DiagramPages.Part.topLevel(of: diagram).count
    #expect(result.sheets.count > topLevel + 1, "split deeper than the top-level boundaries")
    #expect(result.sheets.contains { $0.title.hasPrefix("Public charging sites › ") })
    let after = result.sheets.dropFirst().map(\.smallestText).min() ?? 0
    #expect(after > before + 1, "smallest boundary page: \(before) pt before, \(after) pt now")
    #expect(result.renderings.count == result.sheets.count)
    // Every page below 7 pt is listed, so the command can say so.
    let listed = Set(result.tooSmall.map(\.page))
    for (index, sheet) in result.sheets.enumerated() {
      #expect(listed.contains(index + 1) == (sheet.smallestText < 7), "\(sheet.title)")
    }
  }

  /// Small boundaries share a page while it still holds 7 points and no two boundaries touch
  /// (on A3 landscape the car park's ten parts fit on seven pages after the overview).
  @Test(arguments: ["car-park-cctv", "flood-warning"])
  func smallBoundariesShareAPage(_ name: String) throws {
    let (diagram, findings, facts) = try DiagramViewsTests.sample(name)
    let renderer = PagedRenderer(
      renderer: DiagramRenderer(options: DiagramOptions()),
      page: PageLayout(paper: .a3, landscape: true))
    let result = try renderer.render(
      diagram, findings: findings, facts: facts, numbers: FlowNumbers(diagram), as: .svg)
    let shared = result.sheets.filter { $0.title.contains(" · ") }
    #expect(!shared.isEmpty)
    for sheet in shared { #expect(sheet.smallestText >= 7, "\(sheet.title)") }
    // No page has two boundaries touching (flood-warning's Met Office and National Physical
    // Laboratory once shared an edge on a packed page).
    for rendering in result.renderings {
      #expect(!SVGClusterBoxes.overlap(in: rendering.data))
    }
    #expect(result.sheets.count < DiagramPages.Part.topLevel(of: diagram).count + 1)
  }

  /// An overview that prints below 7 pt with the legend and the flows' names is drawn with
  /// compact flow labels, then without the legend, which gets page 2 and explains the boundary
  /// styles of every page, then in large print; the boundaries' pages are numbered from 3.
  @Test func aCrowdedOverviewPrintsLargerWithTheLegendOnAPageOfItsOwn() throws {
    let (diagram, findings, facts) = try DiagramViewsTests.sample("flood-warning")
    let page = PageLayout(paper: .a4)
    let renderer = PagedRenderer(
      renderer: DiagramRenderer(options: DiagramOptions(direction: .topToBottom)), page: page)
    let view = OverviewView(
      diagram, findings: findings, facts: facts, numbers: FlowNumbers(diagram))
    var overview = PagedRenderer.Content(
      diagram: view.diagram, findings: view.findings, facts: view.facts, numbers: view.numbers)
    overview.diagram.info.title = diagram.info.title
    let before = try renderer.fit(overview, legend: true).smallestText
    #expect(before < 5)

    let result = try Self.render(diagram, findings: findings, facts: facts, on: page)
    #expect(result.sheets.map(\.title).prefix(2) == ["Overview", "Legend"])
    #expect(result.sheets[0].smallestText > before + 0.5, "\(before) pt with the legend")
    // 5.7 pt with compact labels and no legend; 7.3 in large print.
    #expect(result.sheets[0].smallestText >= 7)
    #expect(result.sheets[1].smallestText >= 7)
    let legend = String(decoding: result.renderings[1].data, as: UTF8.self)
    for badge in ["ORG", "SITE", "NETWORK", "CLOUD", "INTERNET"] {
      #expect(legend.contains("> \(badge) <"), "boundary style \(badge) explained")
    }
    let overviewSVG = String(decoding: result.renderings[0].data, as: UTF8.self)
    #expect(!overviewSVG.contains(">Legend<"))
    #expect(overviewSVG.contains("font-size=\"9.00\" fill=\"#607080\">«organisation»"))
    let third = String(decoding: result.renderings[2].data, as: UTF8.self)
    #expect(third.contains("p. 3: "))
  }

  /// An overview that holds 7 pt with its legend keeps it, and no legend page is added.
  @Test func anOverviewThatHoldsItsLegendKeepsIt() throws {
    let (diagram, findings, facts) = try DiagramViewsTests.sample("traffic-anpr")
    let result = try Self.render(
      diagram, findings: findings, facts: facts, on: PageLayout(paper: .a4))
    #expect(result.isSplit)
    #expect(!result.sheets.contains { $0.title == "Legend" })
    #expect(result.sheets[0].smallestText >= 7)
    let overview = String(decoding: result.renderings[0].data, as: UTF8.self)
    #expect(overview.contains(">Legend<"))
    #expect(overview.contains("> ORG <"), "the boundary styles of the other pages")
    let second = String(decoding: result.renderings[1].data, as: UTF8.self)
    #expect(second.contains("p. 2: "))
  }

  /// Boundaries side by side that touch or overlap count as tangled; nested ones do not.
  @Test func clusterBoxesFindTouchingBoundaries() {
    func svg(_ shapes: [String]) -> [UInt8] {
      Array(shapes.map { "<g class=\"cluster\">\n<polygon points=\"\($0)\"/>" }.joined().utf8)
    }
    let outer = "0,0 0,-100 300,-100 300,0 0,0"
    let inner = "10,-10 10,-50 100,-50 100,-10 10,-10"
    let beside = "300,0 300,-100 400,-100 400,0 300,0"
    let apart = "320,0 320,-100 400,-100 400,0 320,0"
    #expect(!SVGClusterBoxes.overlap(in: svg([outer, inner])))
    #expect(SVGClusterBoxes.overlap(in: svg([outer, beside])))
    #expect(!SVGClusterBoxes.overlap(in: svg([outer, apart])))
    let path = Array("<g class=\"cluster x\">\n<path d=\"M0,0C0,0 50,-20 50,-20\"/>".utf8)
    #expect(SVGClusterBoxes.boxes(in: path).first?.maxX == 50)
  }

  /// A boundary of forty elements in a row, nothing nested, cannot hold 7 pt on one page: it
  /// is cut in pieces along its flows, numbered `Depot (1 of n)`, each holding 7 pt (before,
  /// one page at under 4 pt).
  @Test func aFlatBoundaryTooBigForOnePageIsCutInNumberedPieces() throws {
    var diagram = Diagram()
    diagram.add(TrustBoundary(id: "depot", label: "Depot"))
    diagram.add(Element(id: "op", kind: "staff", category: .external))
    for index in 1...40 {
      diagram.add(
        Element(
          id: "n\(index)", kind: "service", category: .process,
          label: "Service number \(index) with a long name", boundary: "depot"))
      if index > 1 {
        diagram.add(Flow(id: "f\(index)", source: "n\(index - 1)", target: "n\(index)"))
      }
    }
    diagram.add(Flow(id: "f1", source: "op", target: "n1", label: "Console"))
    let result = try Self.render(diagram, on: PageLayout(paper: .a4))
    let pieces = result.sheets.filter { $0.title.hasPrefix("Depot (") }
    #expect(pieces.count >= 2)
    // Each piece or run of pieces is named once, in order: 1, 2–3, 4 … of the same count.
    var covered: [Int] = []
    for sheet in pieces {
      let match = try #require(sheet.title.firstMatch(of: /^Depot \((\d+)(?:–(\d+))? of (\d+)\)/))
      let first = try #require(Int(match.1))
      covered += Array(first...(match.2.flatMap { Int($0) } ?? first))
      #expect(sheet.smallestText >= PageLayout.smallestPrintedText, "\(sheet.title)")
    }
    let count = Int(pieces[0].title.firstMatch(of: /of (\d+)/)?.1 ?? "") ?? 0
    #expect(covered == Array(1...count))
    #expect(result.tooSmall.allSatisfy { $0.sheet.title == "Overview" })
  }

  /// A page that cannot be cut further and still prints below 7 pt (one element whose flows to
  /// 120 others make a list of stubs taller than the paper, each flow named differently, so
  /// none share a row) is named with the size it prints at.
  @Test func aPageThatCannotBeCutFurtherIsReported() throws {
    var diagram = Diagram()
    diagram.add(TrustBoundary(id: "depot", label: "Depot"))
    diagram.add(TrustBoundary(id: "field", label: "Field"))
    diagram.add(Element(id: "hub", kind: "service", category: .process, boundary: "depot"))
    for index in 1...120 {
      diagram.add(
        Element(id: "s\(index)", kind: "sensor", category: .process, boundary: "field"))
      diagram.add(
        Flow(id: "f\(index)", source: "s\(index)", target: "hub", label: "Reading \(index)"))
    }
    let result = try Self.render(diagram, on: PageLayout(paper: .a4))
    let hub = try #require(result.tooSmall.first { $0.sheet.title == "Depot" })
    #expect(hub.sheet.smallestText < PageLayout.smallestPrintedText)
    #expect(hub.sheet.smallestText > 0)
  }
}

/// Cutting a boundary with nothing nested in two.
struct DiagramPagesHalvesTests {
  /// a → b → c → d, declared a, c, b, d.
  static let chain: Diagram = {
    var diagram = Diagram()
    diagram.add(TrustBoundary(id: "depot", label: "Depot"))
    for id in ["a", "c", "b", "d"] {
      diagram.add(Element(id: id, kind: "service", category: .process, boundary: "depot"))
    }
    for (source, target) in [("a", "b"), ("b", "c"), ("c", "d")] {
      diagram.add(Flow(id: source + target, source: source, target: target))
    }
    return diagram
  }()

  @Test func halvesKeepNeighboursTogetherInDeclarationOrder() throws {
    let part = DiagramPages.Part(boundary: "depot", elements: ["a", "c", "b", "d"])
    let halves = try #require(part.split(in: Self.chain))
    #expect(halves.map(\.elements) == [["a", "b"], ["c", "d"]])
    #expect(halves.allSatisfy { $0.boundary == "depot" })
  }

  @Test func aSingleElementIsNotCut() {
    #expect(DiagramPages.Part(boundary: "depot", elements: ["a"]).split(in: Self.chain) == nil)
  }

  @Test func piecesOfOneBoundaryAreNumberedAndRunsJoined() {
    let parts = [
      DiagramPages.Part(boundary: "depot", elements: ["a"]),
      DiagramPages.Part(boundary: "depot", elements: ["c"]),
      DiagramPages.Part(boundary: "depot", elements: ["b", "d"]),
    ]
    let pages = DiagramPages(Self.chain, groups: [[parts[0]], [parts[1], parts[2]]])
    #expect(pages.pages.map(\.title) == ["Depot (1 of 3)", "Depot (2–3 of 3)"])
    #expect(DiagramPages(Self.chain, groups: [parts]).pages[0].title == "Depot")
    #expect(
      pages.pages.map(\.heading) == ["p. 2: Depot (1 of 3)", "p. 3: Depot (2 of 3) and 1 more"])
  }
}
