import DFDModel
import Reports
import Testing
import ThreatEngine

/// `catalogue list --format markdown` and `catalogue show` write a user catalogue's text as
/// Markdown text, never as markup; rule ids are restricted to a safe set at load time.
struct CatalogueMarkdownTests {
  static let hostile = """
    catalogue: {id: "x`y", version: "<b>1</b>", title: "[t](javascript:alert(1))"}
    threats:
      - id: U-1
        title: "T | <script>alert(1)</script> **bold**"
        stride: [tampering]
        target: element
        when: "category == device"
        severity: low
        description: "<img src=x onerror=alert(1)>\\n# heading"
        mitigations: ["[x](javascript:alert(1))", "`code` _em_"]
        ask: "<iframe src=//evil>"
    """

  @Test func catalogueTextIsEscaped() throws {
    let catalogue = try CatalogueLoader(file: "user.yaml").load(Self.hostile, base: .empty)
    let markdown = RulesMarkdown(catalogue: catalogue).render()
    for markup in [
      "<img", "<script", "<iframe", "<b>", "[x]", "[t]", "**bold**", "\n# heading", "`code`",
      "_em_",
    ] {
      #expect(!markdown.contains(markup), "\(markup) in:\n\(markdown)")
    }
    #expect(!markdown.contains(/[^\\]\]\(javascript/), "a live link in:\n\(markdown)")
    #expect(markdown.contains("&lt;img src=x onerror=alert(1)&gt;"))
    let row = try #require(markdown.split(separator: "\n").first { $0.hasPrefix("| [U-1]") })
    #expect(row.matches(of: /(^|[^\\])\|/).count == 6, "cells: \(row)")
  }

  @Test(arguments: [
    "\"<b>x</b>\"", "\"a b\"", "\"U-1](javascript:x)\"", "\"\"", "\"é\"",
    String(repeating: "A", count: 65),
  ])
  func unsafeRuleIDsAreRefused(_ id: String) throws {
    let yaml = """
      threats:
        - id: \(id)
          title: t
          stride: [tampering]
          target: element
          severity: low
      """
    let error = try #require(CatalogueProblem.load(yaml, file: "user.yaml", base: .empty))
    #expect(error.line == 2 && error.message.contains("must be 1 to 64 letters, digits"))
  }

  @Test func safeRuleIDsLoad() throws {
    let id = "Council_rule-1.2" + String(repeating: "x", count: 48)
    let yaml =
      "threats:\n  - {id: \(id), title: t, stride: [tampering], target: element, "
      + "severity: low}\n"
    let catalogue = try CatalogueLoader(file: "user.yaml").load(yaml, base: .empty)
    #expect(catalogue.rules.map(\.id) == [id])
  }
}
