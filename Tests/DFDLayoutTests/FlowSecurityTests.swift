import DFDLayout
import DFDModel
import Testing
import ThreatEngine

struct FlowSecurityTests {
  let security = FlowSecurity(vocabulary: Catalogue.builtIn.vocabulary)

  func flow(_ attributes: Attributes) -> Flow {
    Flow(id: "a->b", source: "a", target: "b", attributes: attributes)
  }

  @Test(arguments: ["encrypted", "tls", "mutual-tls", "vpn"])
  func statedControlsEncrypt(_ name: String) {
    #expect(security.isEncrypted(flow(Attributes([Attribute(name, .bool(true))]))))
    #expect(FlowSecurity().isEncrypted(flow(Attributes([Attribute(name, .bool(true))]))))
  }

  @Test(arguments: ["https", "lorawan", "mqtts", "bacnet-sc", "ssh"])
  func protocolsThatImplyEncryption(_ name: String) {
    #expect(security.isEncrypted(flow(["protocol": .symbol(name)])))
  }

  @Test(arguments: ["mqtt", "http", "postgres", "made-up"])
  func cleartextOrUnknownProtocols(_ name: String) {
    #expect(!security.isEncrypted(flow(["protocol": .symbol(name)])))
  }

  @Test func statedFalseWins() {
    #expect(
      !security.isEncrypted(flow(["protocol": .symbol("lorawan"), "encrypted": .bool(false)])))
    #expect(!security.isEncrypted(flow([:])))
  }
}
