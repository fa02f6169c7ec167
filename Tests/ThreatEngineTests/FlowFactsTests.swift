import DFDModel
import Testing
import ThreatEngine

/// The facts the diagram draws are the engine's: `flow.encrypted` as the rules read it.
struct FlowFactsTests {
  static let analyzer = Analyzer(catalogue: .builtIn)

  func facts(_ attributes: Attributes, inside: Bool = false) -> FlowFacts? {
    let diagram = Diagram(
      elements: [
        Element(id: "a", kind: "service", category: .process, boundary: "site"),
        Element(id: "b", kind: "service", category: .process, boundary: inside ? "site" : nil),
      ],
      boundaries: [TrustBoundary(id: "site", label: "Site")],
      flows: [Flow(id: "a->b", source: "a", target: "b", attributes: attributes)])
    return Self.analyzer.flowFacts(diagram)["a->b"]
  }

  @Test func statedFalseWinsOverAnImplyingControl() {
    // Drawn "crosses a boundary, encrypted" before the facts came from the engine.
    let stated: Attributes = [
      "protocol": .symbol("mqtt"), "tls": .bool(true), "encrypted": .bool(false),
    ]
    #expect(facts(stated) == FlowFacts(crossesBoundary: true, encrypted: false))
    #expect(
      facts(["protocol": .symbol("https"), "encrypted": .bool(false)])?.encrypted == false)
  }

  @Test(arguments: ["https", "lorawan", "mqtts", "ssh"])
  func protocolsThatImplyEncryption(_ name: String) {
    #expect(facts(["protocol": .symbol(name)])?.encrypted == true)
  }

  @Test(arguments: ["tls", "mutual-tls", "vpn", "encrypted"])
  func controlsThatEncrypt(_ name: String) {
    #expect(facts(Attributes([Attribute(name, .bool(true))]))?.encrypted == true)
  }

  @Test func cleartextAndCrossing() {
    #expect(
      facts(["protocol": .symbol("mqtt")]) == FlowFacts(crossesBoundary: true, encrypted: false))
    #expect(facts([:], inside: true) == FlowFacts(crossesBoundary: false, encrypted: false))
  }
}
