import DFDModel
import Testing
import ThreatEngine

struct SemanticsTests {
  @Test func unknownIsNeitherTrueNorFalse() throws {
    let catalogue = try TestCatalogue.rules([
      ("T-EQ-FALSE", "element", "element.internet-facing == false"),
      ("T-NE-TRUE", "element", "element.internet-facing != true"),
      ("T-UNKNOWN", "element", "element.internet-facing is unknown"),
      ("T-BARE", "element", "element.internet-facing"),
      ("T-NOT-BARE", "element", "not element.internet-facing"),
      ("T-NOT-IN", "element", "element.audience not in [public]"),
    ])
    let diagram = Diagram(elements: [TestCatalogue.element("x", "service")])
    #expect(
      TestCatalogue.fired(catalogue, diagram, on: "x")
        == ["T-NE-TRUE", "T-NOT-BARE", "T-NOT-IN", "T-UNKNOWN"])
    let stated = Diagram(elements: [
      TestCatalogue.element("x", "service", ["internet-facing": .bool(false)])
    ])
    #expect(
      TestCatalogue.fired(catalogue, stated, on: "x") == [
        "T-EQ-FALSE", "T-NE-TRUE", "T-NOT-BARE", "T-NOT-IN",
      ])
  }

  @Test func assumedValuesAreNotKnownButCount() throws {
    let catalogue = try TestCatalogue.rules([
      ("T-HAZARD", "element", "element.default-credentials"),
      ("T-KNOWN", "element", "element.default-credentials is known"),
    ])
    let diagram = Diagram(elements: [TestCatalogue.element("x", "gateway")])
    let findings = Analyzer(catalogue: catalogue).analyze(diagram).findings
    #expect(findings.map(\.rule) == ["T-HAZARD"])
    let why = try #require(findings.first?.why.first)
    #expect(why == Evidence(path: "element.default-credentials", value: "true", origin: .assumed))
  }

  @Test func exposureIsInheritedFromTheNearestBoundary() throws {
    let catalogue = try TestCatalogue.rules([("T-PUBLIC", "element", "element.exposure == public")])
    let diagram = Diagram(
      elements: [TestCatalogue.element("x", "sensor", in: "inner")],
      boundaries: [
        TrustBoundary(id: "outer", attributes: ["exposure": .symbol("internal")]),
        TrustBoundary(id: "inner", attributes: ["exposure": .symbol("public")], parent: "outer"),
      ])
    let finding = try #require(Analyzer(catalogue: catalogue).analyze(diagram).findings.first)
    #expect(
      finding.why == [
        Evidence(
          path: "element.exposure", value: "public", origin: .inherited, detail: "boundary inner")
      ])
  }

  @Test func implicationFollowsAttributesAndProtocols() throws {
    let catalogue = try TestCatalogue.rules([("T-ENC", "flow", "flow.encrypted")])
    let elements = [TestCatalogue.element("a", "service"), TestCatalogue.element("b", "database")]
    func why(_ attributes: Attributes) -> [Evidence] {
      let diagram = Diagram(elements: elements, flows: [TestCatalogue.flow("a", "b", attributes)])
      return Analyzer(catalogue: catalogue).analyze(diagram).findings.first?.why ?? []
    }
    #expect(
      why(["tls": .bool(true)]) == [
        Evidence(path: "flow.encrypted", value: "true", origin: .implied, detail: "tls")
      ])
    #expect(why(["mutual-tls": .bool(true)]).first?.origin == .implied)
    #expect(why(["protocol": .symbol("https")]).first?.detail == "tls")
    #expect(why(["protocol": .symbol("lorawan")]).first?.detail == "protocol lorawan")
    #expect(why(["protocol": .symbol("https"), "tls": .bool(false)]).isEmpty)
    #expect(why(["tls": .bool(true), "encrypted": .bool(false)]).isEmpty)
    #expect(why(["protocol": .symbol("http")]).isEmpty)
  }

  @Test func kindTestsFollowTheHierarchyButEqualityIsExact() throws {
    let catalogue = try TestCatalogue.rules([
      ("T-IS", "element", "kind is sensor"),
      ("T-IN", "element", "kind in [camera, gateway]"),
      ("T-EQ", "element", "kind == camera"),
      ("T-NOT", "element", "kind is not device"),
    ])
    let diagram = Diagram(elements: [TestCatalogue.element("x", "anpr-camera")])
    #expect(TestCatalogue.fired(catalogue, diagram, on: "x") == ["T-IN", "T-IS"])
  }

  @Test func raiseLiftsTheSeverity() throws {
    let catalogue = try TestCatalogue.rules([("T-ANY", "element", "category == device")])
    let diagram = Diagram(elements: [
      TestCatalogue.element("x", "sensor"), TestCatalogue.element("raise-me", "sensor"),
    ])
    let findings = Analyzer(catalogue: catalogue).analyze(diagram).findings
    #expect(findings.map(\.severity) == [.low, .high])
    #expect(findings.last?.why.map(\.path) == ["element.category", "element.id"])
  }
}

struct BoundaryDefaultSemanticsTests {
  /// Any element attribute stated on a boundary is a default inside it (issue 15), shown in `why`
  /// with its boundary, and counts as stated for the finding's basis.
  @Test func boundaryDefaultsAreInheritedWithProvenance() throws {
    let catalogue = try TestCatalogue.rules([
      ("T-CREDS", "element", "element.default-credentials")
    ])
    let diagram = Diagram(
      elements: [
        TestCatalogue.element("cam", "camera", in: "inner"),
        TestCatalogue.element("own", "camera", ["default-credentials": .bool(false)], in: "inner"),
        TestCatalogue.element("gw", "gateway", in: "cloud"),
      ],
      boundaries: [
        TrustBoundary(id: "cloud", attributes: ["default-credentials": .bool(false)]),
        TrustBoundary(
          id: "inner", attributes: ["default-credentials": .bool(true)], parent: "cloud"),
      ])
    let findings = Analyzer(catalogue: catalogue).analyze(diagram).findings
    #expect(findings.map(\.id) == ["T-CREDS@cam"])
    let finding = try #require(findings.first)
    #expect(
      finding.why == [
        Evidence(
          path: "element.default-credentials", value: "true", origin: .inherited,
          detail: "boundary inner")
      ])
    #expect(finding.basis == .confirmed)
    #expect(
      finding.clearedBy == [
        "state `default-credentials: false` on `cam` (inherited true from boundary inner)"
      ])
  }
}
