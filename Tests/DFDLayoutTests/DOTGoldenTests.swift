import DFDLayout
import DFDModel
import Testing
import ThreatEngine

struct DOTGoldenTests {
  @Test func streetLightingMatchesGolden() throws {
    let dot = DOTWriter().write(
      SampleDiagrams.streetLighting, findings: SampleDiagrams.streetLightingFindings,
      facts: EngineFacts.of(SampleDiagrams.streetLighting))
    try expectGolden(dot, "street-lighting.dot")
  }
}
