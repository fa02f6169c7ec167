import Foundation
import TestSupport
import Testing

@testable import Reports

/// Hostile labels, notes and identifiers must not escape their cell, run script or break a
/// format, whatever the output.
@Suite struct HostileOutputTests {
  /// The number of cell separators in a Markdown table row (`|` not escaped with `\`).
  private func separators(_ line: Substring) -> Int {
    var count = 0
    var escaped = false
    for character in line {
      if character == "|" && !escaped { count += 1 }
      escaped = character == "\\" && !escaped
    }
    return count
  }

  private func expectIntactTables(_ markdown: String) {
    var expected: Int?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
      guard line.hasPrefix("|") else {
        expected = nil
        continue
      }
      let count = separators(line)
      if let expected { #expect(count == expected, "row breaks its table: \(line)") }
      expected = expected ?? count
    }
  }

  private func expectInert(_ markdown: String) {
    #expect(!markdown.contains("<script"))
    #expect(!markdown.contains("<img"))
    #expect(!markdown.contains("<svg"))
    #expect(markdown.range(of: #"(?<!\\)\]\(\s*javascript"#, options: .regularExpression) == nil)
    #expect(!markdown.contains("</td>"))
  }

  @Test func markdownTableStaysIntact() {
    let text = MarkdownTableWriter().write(HostileFixture.input)
    expectIntactTables(text)
    expectInert(text)
  }

  @Test func markdownReportStaysIntact() throws {
    let output = try ReportRenderer(format: .markdown).render(
      HostileFixture.input, diagramFile: "x.svg")
    expectIntactTables(output.text)
    expectInert(output.text)
    #expect(output.attachments.first.map { !$0.contents.contains("<script") } == true)
  }

  @Test func sarifKeepsTheTextExactlyAndValidates() throws {
    let sarif = SARIFWriter().write(HostileFixture.input)
    try JSONSchema.expectValid(sarif)
    let log = try #require(
      try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    let suppression = try #require((results.first?["suppressions"] as? [[String: Any]])?.first)
    #expect(suppression["justification"] as? String == HostileFixture.input.findings[0].note)
  }

  @Test func csvRowsStayAligned() {
    let records = CSVReader.records(CSVWriter().write(HostileFixture.input))
    #expect(records.count == HostileFixture.input.findings.count + 1)
    #expect(records.allSatisfy { $0.count == CSVWriter.columns.count })
    #expect(records.last?[0].hasPrefix("'=cmd") == true)
    #expect(records.last?[6] == "'-2+3")
  }
}
