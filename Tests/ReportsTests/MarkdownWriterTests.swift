import DFDModel
import Testing

@testable import Reports

@Suite struct MarkdownWriterTests {
  @Test func tableMatchesGolden() throws {
    try expectGolden(
      MarkdownTableWriter().write(Fixture.input()), "findings.md", replacing: volatileValues)
  }

  @Test func tableOrdersOpenAndSevereFirst() {
    let text = MarkdownTableWriter().write(Fixture.input())
    let rows = text.split(separator: "\n").filter {
      $0.hasPrefix("| ") && !$0.hasPrefix("| Severity") && !$0.hasPrefix("| ---")
    }
    #expect(rows.first?.hasPrefix("| Critical | Open |") == true)
    #expect(rows.count == Fixture.findings.count)
  }

  @Test func reportMatchesGolden() throws {
    let renderer = try ReportRenderer(format: .markdown)
    let output = try renderer.render(
      Fixture.input(svg: try Fixture.svg), diagramFile: "lighting.svg")
    try expectGolden(output.text, "report.md", replacing: volatileValues)
    #expect(output.attachments.map(\.name) == ["lighting.svg"])
    #expect(output.attachments.first?.contents.hasPrefix("<svg") == true)
  }

  @Test func reportListsBaselineCategoriesPerElement() throws {
    let text = try ReportRenderer(format: .markdown).render(Fixture.input()).text
    // The external operator gets S and R; a store T, R, I, D; a flow T, I, D (plus fired ones).
    let operatorSection = try #require(section(text, "### Highways operator"))
    #expect(operatorSection.contains("| S Spoofing |"))
    #expect(operatorSection.contains("| R Repudiation |"))
    #expect(!operatorSection.contains("| T Tampering |"))
    let store = try #require(section(text, "### Asset database"))
    #expect(
      ["T Tampering", "R Repudiation", "I Information disclosure", "D Denial of service"]
        .allSatisfy { store.contains("| \($0) |") })
    #expect(!store.contains("| S Spoofing |"))
    let readings = try #require(
      section(text, "### Street lamp controller → LoRaWAN network server: readings"))
    #expect(
      readings.contains(
        "| S Spoofing | SCP-S-001: Rogue or cloned device injects data (Medium) | Open |"))
    #expect(readings.contains("| D Denial of service | none |"))
    #expect(text.contains("No diagram file accompanies this report"))
  }

  private func section(_ text: String, _ heading: String) -> String? {
    guard let start = text.range(of: heading + "\n") else { return nil }
    let rest = text[start.upperBound...]
    let end = rest.range(of: "\n### ")?.lowerBound ?? rest.endIndex
    return String(rest[..<end])
  }
}
