import Foundation
import TestSupport
import Testing

@testable import Reports

/// A custom template can be the built-in one with some blocks replaced (`{{<report}}`), such
/// as the findings table row: the example in docs/templates.md.
@Suite struct TemplateBlockTests {
  static let example = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/examples/compact-rows.html.mustache")

  static func render(_ template: String, _ format: ReportFormat, _ input: ReportInput) throws
    -> String
  {
    try ReportRenderer(format: format, template: template).render(input).text
  }

  @Test func theDocumentedExampleRestylesEveryRow() throws {
    let template = try String(contentsOf: Self.example, encoding: .utf8)
    let input = Fixture.input(svg: try Fixture.svg)
    let page = try Self.render(template, .html, input)
    let builtIn = try ReportRenderer(format: .html).render(input).text
    // The rest of the page is the built-in one; the table has four columns.
    func summary(_ page: String) -> Substring? {
      guard let start = page.range(of: "<section id=\"summary\""),
        let end = page[start.upperBound...].range(of: "</section>")
      else { return nil }
      return page[start.lowerBound..<end.upperBound]
    }
    #expect(summary(page) != nil)
    #expect(summary(page) == summary(builtIn))
    #expect(page.contains("<th scope=\"col\">Ask the supplier</th>"))
    #expect(!page.contains("<td class=\"stride\">"))
    let rows = page.components(separatedBy: "<tr id=\"finding-").dropFirst()
    #expect(rows.count == Fixture.findings.count)
    #expect(rows.allSatisfy { $0.components(separatedBy: "<td").count == 5 })
    #expect(page.contains("<p class=\"kind\"><code>SCP-"))
  }

  @Test func aRestyledRowIsStillEscaped() throws {
    let template = try String(contentsOf: Self.example, encoding: .utf8)
    let page = try Self.render(template, .html, HostileFixture.input)
    #expect(!page.contains(HostileFixture.script))
    #expect(!page.contains("<img"))
    #expect(page.components(separatedBy: "<script").count == 2)
  }

  @Test func theRestyledTableFiltersAndSortsInChromium() throws {
    let template = try String(contentsOf: Self.example, encoding: .utf8)
    let (result, _) = try Chromium.probe(
      try Self.render(template, .html, Fixture.input(svg: try Fixture.svg)))
    #expect(result["filterOnlyTarget"] as? Bool == true)
    #expect(result["criticalOnly"] as? Bool == true)
    #expect(result["sortedBySeverity"] as? Bool == true)
    #expect(result["resetShown"] as? Int == Fixture.findings.count)
  }

  @Test func aMarkdownTemplateReplacesTheFindingDetails() throws {
    let template = "{{<report}}{{$finding}}- {{rule}}: {{title}}\n{{/finding}}{{/report}}"
    let page = try Self.render(template, .markdown, Fixture.input())
    let details = try #require(page.range(of: "## Finding details\n\n"))
    let lines = page[details.upperBound...].split(separator: "\n")
    #expect(lines.count == Fixture.findings.count)
    let expected = MarkdownTableWriter.ordered(Fixture.findings).map { "- \($0.rule): " }
    #expect(zip(lines, expected).allSatisfy { $0.hasPrefix($1) })
    #expect(page.hasPrefix("# Threat model: "))
  }

  @Test func withoutBlocksTheParentIsTheBuiltInReport() throws {
    for format in ReportFormat.allCases {
      let input = Fixture.input(svg: try Fixture.svg)
      let page = try Self.render("{{<report}}{{/report}}", format, input)
      let builtIn = try ReportRenderer(format: format).render(input).text
      #expect(PreparedReportTests.fixedNonce(page) == PreparedReportTests.fixedNonce(builtIn))
    }
  }
}
