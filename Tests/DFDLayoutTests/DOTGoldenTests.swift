import DFDLayout
import DFDModel
import Testing
import ThreatEngine

struct DOTGoldenTests {
  @Test func streetLightingMatchesGolden() throws {
    let writer = DOTWriter(security: FlowSecurity(vocabulary: Catalogue.builtIn.vocabulary))
    let dot = writer.write(
      SampleDiagrams.streetLighting, findings: SampleDiagrams.streetLightingFindings)
    try expectGolden(dot, "street-lighting.dot")
  }
}
