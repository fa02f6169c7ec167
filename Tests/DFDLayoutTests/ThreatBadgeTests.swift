import DFDLayout
import DFDModel
import Testing

struct ThreatBadgeTests {
  @Test func badgeSummarisesOpenFindings() throws {
    let badges = ThreatBadge.badges(
      for: SampleDiagrams.streetLightingFindings, in: SampleDiagrams.streetLighting)
    let sensor = try #require(badges["aq"])
    #expect(sensor.letters == "STI")
    #expect(sensor.count == 2)
    #expect(sensor.severity == .high)
    #expect(sensor.text == "STI 2 · high")
    #expect(
      sensor.tooltipLines[0]
        == "SCP-S-001@aq [high]: Device identity can be cloned — fix: Use a secure element for keys"
    )
    #expect(badges["aq->gw"] == nil)  // its only finding is mitigated
    #expect(badges["operator->cms"]?.text == "S 1 · low")  // moved from the reverse half
    #expect(badges["cms->operator"] == nil)
  }
}
