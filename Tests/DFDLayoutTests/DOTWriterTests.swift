import DFDLayout
import DFDModel
import Testing

struct DOTWriterTests {
  static let hostile =
    #"Evil"] } -> x [URL="javascript:alert(1)"] <script>alert('x')</script> &amp; \N C:\Network"#

  @Test func hostileLabelsAreEscapedInDOT() {
    var diagram = Diagram(info: ModelInfo(title: Self.hostile))
    diagram.add(
      TrustBoundary(id: "b", label: Self.hostile, attributes: ["type": .string(Self.hostile)]))
    diagram.add(
      Element(id: "a", kind: "user", category: .external, label: Self.hostile, boundary: "b"))
    diagram.add(Element(id: "c", kind: "database", category: .store, label: Self.hostile))
    diagram.add(
      Flow(
        id: "a->c", source: "a", target: "c", label: Self.hostile,
        attributes: ["protocol": .string(Self.hostile)]))
    let dot = DOTWriter().write(diagram)
    let htmlParts = dot.split(separator: "\n").flatMap { $0.split(separator: "tooltip=") }
      .filter { $0.contains("label=<") }
    #expect(htmlParts.count == 5)
    #expect(htmlParts.allSatisfy { !$0.contains("<script>") && !$0.contains("'x'") })
    #expect(
      dot.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;amp; \\\\N C:\\\\Network"))
    #expect(
      dot.contains(
        #"digraph "Evil\"] } -> x [URL=\"javascript:alert(1)\"] <script>alert('x')</script> &amp;amp; \\N C:\\Network" {"#
      ))
  }

  @Test func nodesKeepDeclarationOrderAndDSLIdentifiers() {
    let dot = DOTWriter().write(SampleDiagrams.streetLighting)
    let names = [
      "\"operator\" [", "\"met-office\" [", "\"aq\" [", "\"lamp\" [", "\"gw\" [", "\"cms\" [",
      "\"tdb\" [",
    ]
    let positions = names.map { dot.range(of: $0)?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
    #expect(dot.hasPrefix("digraph \"Anytown smart street lighting\" {"))
  }

  @Test func flowsAreNumberedWithXLabelsAndTwoWayArrows() {
    let dot = DOTWriter().write(SampleDiagrams.streetLighting)
    #expect(
      !dot.contains(
        " label=<<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\" BGCOLOR"))
    let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") }
    #expect(edges.count == 6)
    for (offset, edge) in edges.enumerated() {
      #expect(edge.contains("xlabel=<"))
      #expect(edge.contains("<B>\(offset + 1). </B>"))
      #expect(!edge.contains(" label="))
    }
    #expect(edges.filter { $0.contains("dir=\"both\"") }.count == 1)
    #expect(edges[4].contains("\"operator\" -> \"cms\""))
  }

  @Test func crossingAndUnencryptedFlowsAreMarked() {
    let diagram = SampleDiagrams.streetLighting
    let edges = DOTWriter().write(diagram, facts: EngineFacts.of(diagram)).split(
      separator: "\n"
    ).filter { $0.contains(" -> ") }
    func edge(_ id: String) -> Substring { edges.first { $0.contains("id=\"flow-\(id)\"") } ?? "" }
    #expect(edge("aq_to_gw").contains("class=\"flow crossing\""))
    #expect(edge("gw_to_cms").contains("class=\"flow\""))
    #expect(edge("cms_to_tdb").contains("class=\"flow crossing unencrypted\""))
    #expect(edge("cms_to_tdb").contains("style=\"dashed\""))
    #expect(edge("operator_to_cms").contains("class=\"flow crossing\""))
    #expect(edge("met-office_to_cms").contains("class=\"flow crossing unencrypted\""))
  }

  @Test func emptyBoundaryGetsAnInvisibleNode() {
    let dot = DOTWriter().write(SampleDiagrams.streetLighting)
    #expect(dot.contains("\"boundary:spare:empty\" [id=\"spacer-spare\" style=\"invis\""))
  }

  @Test func badgesFollowOpenFindingsOnly() {
    let dot = DOTWriter().write(
      SampleDiagrams.streetLighting, findings: SampleDiagrams.streetLightingFindings)
    #expect(dot.contains(" STI 2 · high "))
    #expect(dot.contains(" D 1 · critical "))
    #expect(dot.contains(" S 1 · low "))  // on the reverse half, drawn on the forward edge
    #expect(!dot.contains(" T 1 · medium "))  // mitigated
    let plain = DOTWriter(options: DiagramOptions(showThreats: false))
      .write(SampleDiagrams.streetLighting, findings: SampleDiagrams.streetLightingFindings)
    #expect(!plain.contains(" · high "))
  }

  @Test func theFastPresetLabelsFlowsWithNumberAndBadgeOnly() throws {
    let dot = DOTWriter(options: DiagramOptions(fast: true))
      .write(SampleDiagrams.streetLighting, findings: SampleDiagrams.streetLightingFindings)
    let edges = dot.split(separator: "\n").filter { $0.contains(" -> ") }
    let database = try #require(edges.first { $0.hasPrefix("  \"cms\" -> \"tdb\"") })
    #expect(database.contains(" xlabel=\"3 · I 1 · high\" fontcolor=\"#d84315\""))
    #expect(database.contains("Store readings"))  // in the tooltip
    let uplink = try #require(edges.first { $0.hasPrefix("  \"gw\" -> \"cms\"") })
    #expect(uplink.contains(" xlabel=\"2\""))
    #expect(!uplink.contains("fontcolor"))
    #expect(!edges.contains { $0.contains("xlabel=<") || $0.contains("minlen") })
  }

  @Test func tooltipsListOrCountOpenFindings() throws {
    let listed = DOTWriter()
      .write(SampleDiagrams.streetLighting, findings: SampleDiagrams.streetLightingFindings)
    #expect(listed.contains("SCP-S-001@aq [high]: Device identity can be cloned — fix: "))
    let counted = DOTWriter(options: DiagramOptions(listsFindingsInTooltips: false))
      .write(SampleDiagrams.streetLighting, findings: SampleDiagrams.streetLightingFindings)
    #expect(!counted.contains("SCP-"))
    #expect(counted.contains("\\n2 open findings: STI, highest high\""))
    #expect(counted.contains("\\n1 open finding: D, highest critical\""))
  }

  @Test func legendAndFastPresetAreOptions() {
    let full = DOTWriter().write(SampleDiagrams.streetLighting)
    #expect(full.contains(">Legend<"))
    #expect(!full.contains("mclimit"))
    let bare = DOTWriter(
      options: DiagramOptions(direction: .topToBottom, showLegend: false, fast: true)
    )
    .write(SampleDiagrams.streetLighting)
    #expect(!bare.contains("Legend"))
    #expect(bare.contains("rankdir=\"TB\";"))
    #expect(bare.contains("mclimit=\"0.1\";") && bare.contains("searchsize=\"10\";"))
    #expect(bare.contains("splines=\"polyline\";") && !full.contains("splines"))
    #expect(!bare.contains("ortho") && !bare.contains("newrank"))
  }
}

/// The diagram draws what the engine decided, never deciding it again.
struct EngineFactsDrawingTests {
  @Test func aFlowIsDrawnFromTheEnginesFacts() throws {
    let diagram = try SampleGoldenTests.diagram("car-park-cctv")
    var flow = try #require(diagram.flows.first { $0.label == "Remote admin" })
    // States an encrypting protocol and control; the facts alone decide the drawing.
    flow.attributes = ["protocol": .symbol("mqtt"), "tls": .bool(true)]
    let part = Diagram(elements: diagram.elements, boundaries: diagram.boundaries, flows: [flow])
    let facts = [flow.id: FlowFacts(crossesBoundary: true, encrypted: false)]
    let dot = DOTWriter().write(part, facts: facts)
    let edge = try #require(dot.split(separator: "\n").first { $0.contains(" -> ") })
    #expect(edge.contains("class=\"flow crossing unencrypted\""))
    #expect(edge.contains("crosses a trust boundary UNENCRYPTED"))
  }

  @Test func tlsStatedWithEncryptedFalseIsDrawnUnencrypted() throws {
    // Drawn "crosses a boundary, encrypted" while the engine read it as unencrypted (issue 12).
    let diagram = Diagram(
      elements: [
        Element(id: "cam", kind: "camera", category: .device, boundary: "site"),
        Element(id: "vms", kind: "service", category: .process),
      ],
      boundaries: [TrustBoundary(id: "site")],
      flows: [
        Flow(
          id: "cam->vms", source: "cam", target: "vms",
          attributes: ["protocol": .symbol("mqtt"), "tls": .bool(true), "encrypted": .bool(false)])
      ])
    let dot = DOTWriter().write(diagram, facts: EngineFacts.of(diagram))
    #expect(dot.contains("class=\"flow crossing unencrypted\""))
  }
}
