import Reports
import Testing
import ThreatEngine

struct RulesDocumentTests {
  @Test func docsRulesMatchesTheBuiltInCatalogue() throws {
    try expectGolden(RulesMarkdown(catalogue: .builtIn).render(), "docs/rules.md")
  }

  @Test func everyRuleHasASection() {
    let text = RulesMarkdown(catalogue: .builtIn).render()
    for rule in Catalogue.builtIn.rules { #expect(text.contains("## \(rule.id)\n")) }
  }
}
