import DFDModel
import Interop
import Testing

@Suite struct ThreatDragonImportTests {
  let imported: ImportedModel

  init() throws {
    imported = try ThreatDragonImporter.importModel(
      InteropSupport.fixture("td-v2.0-curve.json"), context: InteropSupport.context)
  }

  @Test func importedModelChecksClean() throws {
    let (_, diagnostics) = try InteropSupport.load(imported.text)
    #expect(diagnostics == "", "\(imported.text)")
  }

  @Test func boxesNestByGeometryAndCurvesMakeAZone() throws {
    let (diagram, _) = try InteropSupport.load(imported.text)
    #expect(diagram.element("bookings-db")?.boundary == "db-subnet")
    #expect(diagram.boundary("db-subnet")?.parent == "council")
    #expect(diagram.element("parking-web-app")?.boundary == "council")
    #expect(diagram.element("driver")?.boundary == "internet-edge")
    #expect(diagram.boundary("nothing-here") == nil)
    let flow = try #require(diagram.flow("driver->parking-web-app"))
    #expect(diagram.crossesBoundary(flow))
  }

  @Test func cellsMapToElementsFlowsAndAttributes() throws {
    let (diagram, _) = try InteropSupport.load(imported.text)
    #expect(diagram.element("parking-web-app")?.kind == "web-app")
    #expect(diagram.element("parking-web-app")?.label == "Parking\nweb app")
    #expect(diagram.element("payment-log")?.kind == "log")
    #expect(diagram.element("bookings-db")?.attributes.bool("encrypted-at-rest") == true)
    #expect(diagram.element("process") != nil)
    let twoWay = try #require(diagram.flow("driver->parking-web-app"))
    #expect(twoWay.direction == .forward)
    #expect(twoWay.attributes.text("protocol") == "https")
    #expect(diagram.flow("audit-copy") != nil)
    #expect(imported.text.contains("protocol \"JDBC-ish\""))
  }

  @Test func threatsBecomeModelSpecificThreats() throws {
    let (diagram, _) = try InteropSupport.load(imported.text)
    let findings = InteropSupport.findings(diagram).filter { $0.rule.hasPrefix("TD-") }
    #expect(findings.count == 4)
    let hijack = try #require(findings.first { $0.title == "Session hijack" })
    #expect(hijack.severity == .high && hijack.stride == [.spoofing] && hijack.status == .open)
    let backup = try #require(findings.first { $0.title == "Backup theft" })
    #expect(backup.status == .mitigated && backup.severity == .critical)
    #expect(findings.contains { $0.target == "parking-web-app->bookings-db" })
  }

  @Test func guessesAreWarningsNamingTheCell() {
    let messages = imported.warnings.map(\.description)
    #expect(messages.contains { $0.contains("unknown severity 'TBD'") && $0.contains("cells[5]") })
    #expect(messages.contains { $0.contains("'Linkability'") })
    #expect(messages.contains { $0.contains("not connected") && $0.contains("cells[12]") })
  }
}
