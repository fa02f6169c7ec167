import DFDModel
import Interop
import Testing

@Suite struct RoundTripTests {
  /// import → export → import gives the same model, and the export passes the schema.
  @Test func threatDragonRoundTrip() throws {
    let first = try ThreatDragonImporter.importModel(
      InteropSupport.fixture("td-v2.0-curve.json"), context: InteropSupport.context)
    let (diagram, _) = try InteropSupport.load(first.text)
    var exporter = try ThreatDragonExporter(diagram, findings: InteropSupport.findings(diagram))
    let json = exporter.write()
    try InteropSupport.expectValid(json, schema: "threat-dragon-v2.schema.json")
    let second = try ThreatDragonImporter.importModel(
      Array(json.utf8), context: InteropSupport.context)
    let (again, diagnostics) = try InteropSupport.load(second.text)
    #expect(diagnostics == "")
    #expect(again.elements == diagram.elements)
    #expect(again.boundaries == diagram.boundaries)
    #expect(again.flows == diagram.flows)
    #expect(again.triage == diagram.triage)
  }

  @Test func otmRoundTrip() throws {
    let first = try OTMImporter.importModel(
      InteropSupport.fixture("otm-zones.json"), context: InteropSupport.context)
    let (diagram, diagnostics) = try InteropSupport.load(first.text)
    #expect(diagnostics == "")
    #expect(diagram.boundary("database-zone")?.parent == "operator-cloud")
    #expect(diagram.element("billing-agent")?.boundary == "operator-cloud")
    let json = OTMExporter(diagram, findings: InteropSupport.findings(diagram)).write()
    try InteropSupport.expectValid(json, schema: "otm-0.2.0.schema.json")
    let second = try OTMImporter.importModel(Array(json.utf8), context: InteropSupport.context)
    let (again, _) = try InteropSupport.load(second.text)
    #expect(again.elements == diagram.elements)
    #expect(again.boundaries == diagram.boundaries)
    #expect(again.flows == diagram.flows)
    #expect(again.data == diagram.data)
    #expect(again.triage == diagram.triage)
  }

  @Test func threatDragonModelThroughOTMKeepsItsThreats() throws {
    let first = try ThreatDragonImporter.importModel(
      InteropSupport.fixture("td-v2.0-curve.json"), context: InteropSupport.context)
    let (diagram, _) = try InteropSupport.load(first.text)
    let json = OTMExporter(diagram, findings: InteropSupport.findings(diagram)).write()
    let second = try OTMImporter.importModel(Array(json.utf8), context: InteropSupport.context)
    let (again, _) = try InteropSupport.load(second.text)
    #expect(again.triage.map(\.rule).sorted() == diagram.triage.map(\.rule).sorted())
    #expect(again.elements.map(\.id) == diagram.elements.map(\.id))
  }
}
