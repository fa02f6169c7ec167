import DFDModel
import Testing

@testable import DFDLayout

/// Boundaries drawn by type: one DOT golden per style, and a legend with exactly the styles used.
struct BoundaryStyleTests {
  /// The type attribute that selects each style (`other` from a type outside the vocabulary).
  static let types: [(style: BoundaryStyle, type: String?)] = [
    (.organisation, "organisation"), (.physical, "physical"), (.network, "network"),
    (.cloud, "cloud"), (.internet, "internet"), (.other, "vehicle"), (.other, nil),
  ]

  /// A diagram with one boundary of each type in `types`, an element in each, and a flow.
  static func diagram(types: [String?]) -> Diagram {
    var diagram = Diagram(info: ModelInfo(title: "Boundary styles"))
    for (index, type) in types.enumerated() {
      let attributes: Attributes = type.map { ["type": .symbol($0)] } ?? [:]
      diagram.add(TrustBoundary(id: "b\(index)", label: "Zone \(index)", attributes: attributes))
      diagram.add(
        Element(
          id: "e\(index)", kind: "service", category: .process, label: "Service \(index)",
          boundary: "b\(index)"))
    }
    if types.count > 1 {
      diagram.add(Flow(id: "e0->e1", source: "e0", target: "e1", label: "Data"))
    }
    return diagram
  }

  static func dot(types: [String?]) -> String {
    DOTWriter(options: DiagramOptions(showThreats: false)).write(diagram(types: types))
  }

  @Test(arguments: 0..<types.count)
  func eachStyleMatchesItsGolden(_ index: Int) throws {
    let (style, type) = Self.types[index]
    #expect(BoundaryStyle(type: type) == style)
    try expectGolden(Self.dot(types: [type]), "boundary-styles/\(type ?? "untyped").dot")
  }

  @Test func everyStyleTogetherMatchesTheGolden() throws {
    try expectGolden(Self.dot(types: Self.types.map(\.type)), "boundary-styles/all.dot")
  }

  @Test func theLegendShowsTheStylesUsedAndOnlyThose() {
    let dot = Self.dot(types: ["cloud", "network", "cloud"])
    #expect(dot.contains("Boundaries"))
    #expect(dot.contains("> CLOUD <"))
    #expect(dot.contains("> NETWORK <"))
    for absent in ["> ORG <", "> SITE <", "> INTERNET <", "> BOUNDARY <"] {
      #expect(!dot.contains(absent), "\(absent)")
    }
    #expect(dot.components(separatedBy: "> CLOUD <").count == 4)  // two boundaries, one sample
  }

  /// On paper titles are stacked: badges in a band, the name under it (the threat badge of
  /// `b0`, shared with the type badge, spans the name with it).
  @Test func everyStyleOnPaperMatchesTheGolden() throws {
    var options = DiagramOptions(showLegend: false)
    options.page = PageLayout(paper: .a4)
    let finding = Finding(
      rule: "r", target: "b0", targetKind: .boundary, stride: [.tampering], severity: .high,
      title: "t")
    let dot = DOTWriter(options: options).write(
      Self.diagram(types: Self.types.map(\.type)), findings: [finding])
    #expect(dot.contains("</TR><TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\""))
    try expectGolden(dot, "boundary-styles/all-on-paper.dot")
  }

  /// A long name under its badge on paper makes a narrower boundary than on one line beside it:
  /// the width a title takes from the edge flows cross.
  @Test func onPaperALongTitleMakesANarrowerBoundary() throws {
    var options = DiagramOptions(showLegend: false)
    let name = "Northbridge LoRaWAN field estate"
    let onScreen = try Self.boundaryLaidOut(name, type: "network", element: "Node", options).width
    options.page = PageLayout(paper: .a4)
    let onPaper = try Self.boundaryLaidOut(name, type: "network", element: "Node", options).width
    #expect(onPaper < onScreen * 0.7, "\(onPaper) against \(onScreen)")
  }

  /// With `narrowTitles` a name on paper wraps at 12 characters on as many lines as it needs,
  /// so a boundary round a small element is narrower and leaves more of its edge free.
  @Test func narrowTitlesMakeANarrowerBoundaryOnPaper() throws {
    var options = DiagramOptions(showLegend: false)
    options.page = PageLayout(paper: .a4)
    let name = "Crossing cabinet, London Road"
    let (twoLines, wide) = try Self.boundaryLaidOut(
      name, type: "physical", element: "Puffin", options)
    options.narrowTitles = true
    let (threeLines, narrow) = try Self.boundaryLaidOut(
      name, type: "physical", element: "Puffin", options)
    #expect(twoLines.contains("Crossing cabinet,<BR"))
    #expect(threeLines.contains("Crossing<BR") && threeLines.contains("cabinet,<BR"))
    #expect(narrow < wide * 0.85, "\(narrow) against \(wide)")
  }

  /// The DOT of boundary `b` named `name`, of `type`, round one element, and the width of the
  /// boundary as Graphviz lays it out with `options`.
  static func boundaryLaidOut(
    _ name: String, type: String, element: String, _ options: DiagramOptions
  ) throws -> (dot: String, width: Double) {
    var diagram = Diagram()
    diagram.add(TrustBoundary(id: "b", label: name, attributes: ["type": .symbol(type)]))
    diagram.add(Element(id: "e", kind: "device", category: .device, label: element, boundary: "b"))
    let dot = DOTWriter(options: options).write(diagram)
    let svg = try SVGDocument(GraphvizRenderer().render(dot: dot, as: .svg).data)
    let box = try #require(svg.bounds(of: "tb-b"))
    return (dot, box.maxX - box.minX)
  }

  @Test func withoutBoundariesTheLegendHasNoBoundaryRow() {
    #expect(!Self.dot(types: []).contains("Boundaries"))
  }

  @Test func stylesDifferInPatternOrCornersAndNoneIsRed() {
    let looks = Set(BoundaryStyle.allCases.map(\.dotStyle))
    #expect(looks.count == BoundaryStyle.allCases.count)
    let danger = [DiagramStyle.unencryptedColour, DiagramStyle.badge(.high)]
    for style in BoundaryStyle.allCases {
      #expect(!danger.contains(style.colour) && !danger.contains(style.fill), "\(style)")
      #expect(style.colour.hasPrefix("#") && style.colour.count == 7)
    }
  }

  @Test func nestedBoundariesAreDrawnThinner() {
    #expect(BoundaryStyle.organisation.penwidth(depth: 0) == "2.6")
    #expect(BoundaryStyle.organisation.penwidth(depth: 1) == "2.1")
    #expect(BoundaryStyle.organisation.penwidth(depth: 3) == "1.7")
  }

  @Test func anUnknownTypeIsShownInTheTitle() {
    let dot = Self.dot(types: ["vehicle"])
    #expect(dot.contains("[vehicle]"))
    #expect(!Self.dot(types: ["cloud"]).contains("[cloud]"))
  }
}
