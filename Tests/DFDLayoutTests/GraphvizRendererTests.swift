import DFDLayout
import DFDModel
import OutputEscaping
import Testing
import ThreatEngine

#if canImport(FoundationXML)
  import FoundationXML
#endif

struct GraphvizRendererTests {
  static let writer = DOTWriter()

  func svg(_ diagram: Diagram, findings: [Finding] = [], options: DiagramOptions = DiagramOptions())
    throws -> SVGDocument
  {
    var writer = Self.writer
    writer.options = options
    let rendering = try GraphvizRenderer().render(
      dot: writer.write(diagram, findings: findings, facts: EngineFacts.of(diagram)), as: .svg)
    #expect(!rendering.isDegraded)
    return try SVGDocument(rendering.data)
  }

  @Test func svgCarriesHooksForElementsBoundariesAndFlows() throws {
    let diagram = SampleDiagrams.streetLighting
    let svg = try svg(diagram, findings: SampleDiagrams.streetLightingFindings)
    for element in diagram.elements {
      let classes = svg.classes(SVGIdentifier.element(element.id))
      #expect(
        classes == ["node", "element", element.category.rawValue, element.kind], "\(element.id)")
    }
    for boundary in diagram.boundaries {
      let style = "boundary-" + (boundary.type ?? "other")
      #expect(
        svg.classes(SVGIdentifier.boundary(boundary.id)) == ["cluster", "trust-boundary", style])
    }
    for flow in diagram.drawnFlows {
      #expect(svg.classes(SVGIdentifier.flow(flow.id)).prefix(2) == ["edge", "flow"])
    }
    #expect(svg.classes("flow-cms_to_tdb") == ["edge", "flow", "crossing", "unencrypted"])
    #expect(svg.groups.filter { $0.classes.contains("element") }.count == diagram.elements.count)
    #expect(svg.groups.filter { $0.classes.contains("flow") }.count == diagram.drawnFlows.count)
    #expect(svg.text(in: "el-aq").contains("STI 2 · high"))
    #expect(svg.text(in: "el-aq").contains("«sensor»"))
  }

  @Test func legendIsDrawnAndCarriesNoElementOrFlowClass() throws {
    let svg = try svg(SampleDiagrams.streetLighting)
    let root = try #require(svg.group("dfd"))
    let rootTexts =
      root.children?.compactMap { node -> String? in
        guard let element = node as? XMLElement, element.localName == "text" else { return nil }
        return element.stringValue
      } ?? []
    #expect(rootTexts.contains("Legend"))
    #expect(rootTexts.contains("data store"))
    for group in svg.groups
    where group.classes.contains("element") || group.classes.contains("flow") {
      #expect(!svg.text(in: group.id).contains("Legend"))
      #expect(group.id.hasPrefix("el-") || group.id.hasPrefix("flow-"))
    }
    let plain = try self.svg(
      SampleDiagrams.streetLighting, options: DiagramOptions(showLegend: false))
    #expect(!plain.text(in: "dfd").contains("Legend"))
  }

  @Test func elementsSitInsideTheirBoundariesOnly() throws {
    let diagram = SampleDiagrams.streetLighting
    let svg = try svg(diagram)
    func inside(_ inner: String, _ outer: String) throws -> Bool {
      let a = try #require(svg.bounds(of: inner))
      let b = try #require(svg.bounds(of: outer))
      return a.minX >= b.minX && a.maxX <= b.maxX && a.minY >= b.minY && a.maxY <= b.maxY
    }
    for element in diagram.elements {
      let chain = Set(diagram.enclosingBoundaries(of: element).map(\.id))
      for boundary in diagram.boundaries {
        let within = try inside(
          SVGIdentifier.element(element.id), SVGIdentifier.boundary(boundary.id))
        #expect(within == chain.contains(boundary.id), "\(element.id) in \(boundary.id)")
      }
    }
    #expect(try inside("tb-restricted", "tb-vendor"))
    #expect(try !inside("tb-spare", "tb-vendor"))
  }

  @Test func hostileTextStaysText() throws {
    let hostile = DOTWriterTests.hostile
    var diagram = Diagram(info: ModelInfo(title: hostile))
    diagram.add(TrustBoundary(id: "b", label: hostile, attributes: ["type": .string(hostile)]))
    diagram.add(Element(id: "a", kind: "user", category: .external, label: hostile, boundary: "b"))
    diagram.add(Element(id: "c", kind: "database", category: .store, label: hostile))
    diagram.add(
      Flow(
        id: "a->c", source: "a", target: "c", label: hostile,
        attributes: ["protocol": .string(hostile)]))
    let findings = [
      Finding(
        rule: hostile, target: "a", targetKind: .element, stride: [.spoofing], severity: .high,
        title: hostile, mitigations: [hostile])
    ]
    let svg = try svg(diagram, findings: findings)
    #expect(!svg.elementNames.contains("script"))
    #expect(svg.text(in: "el-a").contains("<script>alert('x')</script> &amp; \\N C:\\Network"))
    #expect(svg.text(in: "el-a").contains("Evil\"] }"))
    let links = try svg.document.nodes(forXPath: "//@*[local-name()='href']")
    #expect(links.isEmpty)
  }

  @Test(arguments: [
    (RenderFormat.png, [0x89, 0x50, 0x4E, 0x47] as [UInt8]), (.pdf, Array("%PDF-".utf8)),
  ])
  func binaryFormatsHaveTheirSignature(_ format: RenderFormat, _ signature: [UInt8]) throws {
    let rendering = try GraphvizRenderer().render(
      dot: Self.writer.write(SampleDiagrams.streetLighting), as: format)
    #expect(Array(rendering.data.prefix(signature.count)) == signature)
    #expect(rendering.data.count > 1000)
  }

  @Test func dotFormatIsTheTextItself() throws {
    let dot = Self.writer.write(SampleDiagrams.streetLighting)
    #expect(try GraphvizRenderer().render(dot: dot, as: .dot).data == Array(dot.utf8))
  }

  @Test func unreadableDOTIsAnErrorWithGraphvizMessage() {
    #expect {
      try GraphvizRenderer().render(dot: "digraph \"x\" { a -> ; }", as: .svg)
    } throws: { error in
      guard case .unreadableDOT(let messages) = error as? GraphvizError else { return false }
      return messages.contains { $0.contains("syntax error") }
    }
  }

  @Test func layoutErrorsDegradeWithoutCrashing() throws {
    let rendering = try GraphvizRenderer().render(
      dot: "digraph \"x\" { a [label=<<FOO>x</FOO>>]; a -> b; }", as: .svg)
    #expect(rendering.isDegraded)
    #expect(rendering.messages.contains { $0.contains("Unknown HTML element") })
    _ = try SVGDocument(rendering.data)
    let clean = try GraphvizRenderer().render(dot: "digraph \"y\" { a -> b; }", as: .svg)
    #expect(!clean.isDegraded && clean.messages.isEmpty)
  }

  @Test(arguments: 0..<32)
  func parallelRendersAreSafe(_ index: Int) throws {
    let format: RenderFormat = index % 4 == 3 ? .png : .svg
    let rendering = try GraphvizRenderer().render(
      dot: Self.writer.write(
        SampleDiagrams.streetLighting, findings: SampleDiagrams.streetLightingFindings), as: format)
    if format == .svg {
      #expect(
        try SVGDocument(rendering.data).groups.filter { $0.classes.contains("element") }.count == 7)
    } else {
      #expect(rendering.data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    }
  }
}

struct GraphvizDeterminismTests {
  @Test func repeatedLayoutsInOneProcessAreIdentical() throws {
    let dot = GraphvizRendererTests.writer.write(
      SampleDiagrams.streetLighting, findings: SampleDiagrams.streetLightingFindings)
    let first = try GraphvizRenderer().render(dot: dot, as: .svg)
    for _ in 0..<3 {
      #expect(try GraphvizRenderer().render(dot: dot, as: .svg).data == first.data)
    }
  }
}

/// Dot keeps room for a boundary's title along one edge only; a flow that has to leave the
/// boundary through that edge runs through the title wherever it slides, so the graph is laid
/// out again with the room along the other edge.
struct TitleStripTests {
  /// Hub's flow to y leaves its boundary straight down through the title strip at the bottom.
  static let dot = """
    digraph { rankdir=LR
      subgraph cluster_x { id="tb-x" label="A long boundary title here" labelloc=b labeljust=l
        margin=14 hub [shape=box id="hub"] }
      z -> hub; z -> y; y -> b; hub -> y [constraint=false]; hub -> b }
    """

  /// The baseline of the first text drawn in the group with `id`.
  static func textY(_ svg: SVGDocument, in id: String) throws -> Double {
    let text = try #require(svg.group(id).flatMap { SVGDocument.first("text", in: $0) })
    return try #require(SVGDocument.attribute("y", of: text).flatMap(Double.init))
  }

  @Test func aTitleAFlowMustCrossGoesToTheOtherEdgeOfItsBoundary() throws {
    let renderer = GraphvizRenderer()
    let moved = try SVGDocument(
      renderer.render(dotUTF8: Array(Self.dot.utf8), as: .svg).data)
    let asDotPutIt = try SVGDocument(
      renderer.render(dotUTF8: Array(Self.dot.utf8), as: .svg, movesText: false).data)
    // SVG's y runs down: the title is under the hub as dot put it, above it once moved.
    #expect(try Self.textY(asDotPutIt, in: "tb-x") > Self.textY(asDotPutIt, in: "hub"))
    #expect(try Self.textY(moved, in: "tb-x") < Self.textY(moved, in: "hub"))
  }
}
