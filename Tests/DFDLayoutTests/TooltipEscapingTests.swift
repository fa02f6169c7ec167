import DFDLayout
import DFDModel
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Tooltips and labels keep Graphviz escapes and bidirectional controls literal, through the
/// in-process renderer.
struct TooltipEscapingTests {
  /// Every escape that Graphviz expands in an escString, a backslash pair, an entity, and a
  /// right-to-left override that would show `gnp.exe` as `exe.png`.
  static let label = "x \\N \\G \\E \\T \\H \\L \\n \\\\ &amp; gnp\u{202E}exe.png"
  /// What a reader must see for `label`.
  static let shown = "x \\N \\G \\E \\T \\H \\L \\n \\\\ &amp; gnp<U+202E>exe.png"

  func renderedSVG() throws -> SVGDocument {
    var diagram = Diagram(info: ModelInfo(title: Self.label))
    diagram.add(TrustBoundary(id: "b", label: Self.label))
    diagram.add(
      Element(id: "a", kind: "user", category: .external, label: Self.label, boundary: "b"))
    diagram.add(Element(id: "c", kind: "database", category: .store, label: Self.label))
    diagram.add(
      Flow(
        id: "a->c", source: "a", target: "c", label: Self.label,
        attributes: ["protocol": .string(Self.label)]))
    let findings = [
      Finding(
        rule: "R-1", target: "a", targetKind: .element, stride: [.spoofing], severity: .high,
        title: Self.label, mitigations: [Self.label])
    ]
    var listing = GraphvizRendererTests.writer
    listing.options = DiagramOptions(listsFindingsInTooltips: true)
    let rendering = try GraphvizRenderer().render(
      dot: listing.write(diagram, findings: findings), as: .svg)
    return try SVGDocument(rendering.data)
  }

  /// The `xlink:title` of the anchor inside the group with `id`.
  func tooltip(_ svg: SVGDocument, _ id: String) throws -> String {
    let group = try #require(svg.group(id))
    let anchors = try group.nodes(forXPath: ".//*[local-name()='a']")
    let anchor = try #require(anchors.first as? XMLElement)
    return try #require(SVGDocument.attribute("title", of: anchor))
  }

  @Test(arguments: ["el-a", "el-c", "tb-b", "flow-a_to_c"])
  func tooltipsShowEscapesLiterally(_ id: String) throws {
    let title = try tooltip(try renderedSVG(), id)
    #expect(title.contains(Self.shown), "\(id): \(title)")
    #expect(!title.unicodeScalars.contains("\u{202E}"))
  }

  @Test func findingsInTooltipsShowEscapesLiterally() throws {
    let title = try tooltip(try renderedSVG(), "el-a")
    #expect(title.contains("R-1@a [high]: \(Self.shown) — fix: \(Self.shown)"), "\(title)")
  }

  @Test(arguments: ["el-a", "el-c", "tb-b", "flow-a_to_c"])
  func labelsShowBidiControlsVisibly(_ id: String) throws {
    let svg = try renderedSVG()
    let text = svg.text(in: id)
    #expect(text.contains("gnp<U+202E>exe.png"), "\(id): \(text)")
    #expect(!text.unicodeScalars.contains("\u{202E}"))
  }
}
