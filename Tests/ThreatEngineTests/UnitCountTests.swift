import DFDModel
import Testing
import ThreatEngine

/// `count: N` on an element: many identical units (issue 15).
struct UnitCountTests {
  func severity(_ model: String) throws -> Severity? {
    let (diagram, _) = try ModelText.diagram(model)
    return Analyzer(catalogue: .builtIn).analyze(diagram).findings
      .first { $0.id == "SCP-S-002@lights" }?.severity
  }

  /// A fleet-wide key matters more across a fleet: SCP-S-002 is high from 100 units.
  @Test func fleetSizeRaisesSharedKeys() throws {
    #expect(try severity("sensor lights") == .medium)
    #expect(try severity("sensor lights [count: 99]") == .medium)
    #expect(try severity("sensor lights [count: 100]") == .high)
    #expect(try severity("sensor lights [count: 4000]") == .high)
    #expect(try severity("sensor lights [count: 4000, per-device-keys]") == nil)
  }

  @Test func countedNamesGroupThousands() {
    let lights = Element(
      id: "l", kind: "sensor", category: .device, label: "Street lights",
      attributes: ["count": .number(4000)])
    #expect(lights.count == 4000)
    #expect(lights.countedName == "Street lights ×4,000")
    #expect(Element(id: "one", kind: "sensor", category: .device).countedName == "one")
    #expect(Element.grouped(1_000_000) == "1,000,000")
    #expect(Element.grouped(999) == "999")
  }
}
