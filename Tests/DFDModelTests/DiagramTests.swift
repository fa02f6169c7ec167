import DFDModel
import Testing

struct DiagramTests {
  /// street { aq }, vendor { cms, restricted { tdb } }, operator at the top level.
  static let diagram = Diagram(
    elements: [
      Element(id: "aq", kind: "sensor", category: .device, boundary: "street"),
      Element(id: "cms", kind: "service", category: .process, boundary: "vendor"),
      Element(id: "tdb", kind: "database", category: .store, boundary: "restricted"),
      Element(id: "operator", kind: "user", category: .external),
    ],
    boundaries: [
      TrustBoundary(id: "street"),
      TrustBoundary(id: "vendor"),
      TrustBoundary(id: "restricted", parent: "vendor"),
    ],
    flows: [
      Flow(id: "aq->cms", source: "aq", target: "cms"),
      Flow(id: "cms->tdb", source: "cms", target: "tdb"),
      Flow(
        id: "operator->cms", source: "operator", target: "cms", direction: .forward,
        pair: "cms->operator"),
      Flow(
        id: "cms->operator", source: "cms", target: "operator", direction: .reverse,
        pair: "operator->cms"),
    ])

  @Test func crossedBoundariesAreThoseContainingExactlyOneEnd() {
    let crossed = { (id: String) in
      Self.diagram.flow(id).map { Self.diagram.crossedBoundaries(by: $0).map(\.id) }
    }
    #expect(crossed("aq->cms") == ["street", "vendor"])
    #expect(crossed("cms->tdb") == ["restricted"])
    #expect(crossed("operator->cms") == ["vendor"])
  }

  @Test func boundaryChainRunsInnermostFirst() throws {
    let tdb = try #require(Self.diagram.element("tdb"))
    #expect(Self.diagram.enclosingBoundaries(of: tdb).map(\.id) == ["restricted", "vendor"])
    #expect(Self.diagram.childBoundaries(of: nil).map(\.id) == ["street", "vendor"])
  }

  @Test func drawnFlowsSkipTheReverseHalfOfTwoWayFlows() {
    #expect(Self.diagram.drawnFlows.map(\.id) == ["aq->cms", "cms->tdb", "operator->cms"])
  }

  @Test func attributesKeepOrderAndLastWriteWins() {
    var attributes: Attributes = ["tls": .bool(true), "protocol": .symbol("https")]
    attributes["tls"] = .bool(false)
    #expect(attributes.names == ["protocol", "tls"])
    #expect(attributes.bool("tls") == false)
    #expect(attributes.text("protocol") == "https")
  }
}
