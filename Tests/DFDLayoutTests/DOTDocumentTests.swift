import DFDModel
import OutputEscaping
import Testing

@testable import DFDLayout

/// DOT written piece by piece says what the string forms of its pieces say.
struct DOTDocumentTests {
  @Test func badgeSummaryMatchesTheBadgeText() {
    let categories = StrideCategory.allCases
    var findings: [Finding] = []
    for index in 0..<23 {
      findings.append(
        Finding(
          rule: "R-\(index)", target: "t", targetKind: .element,
          stride: [categories[(index * 5) % 6], categories[(index * 2) % 6]],
          severity: Severity.allCases[(index * 3) % 4], title: "x"))
      let badge = ThreatBadge(findings: findings)
      var document = DOTDocument()
      document.badgeText(badge.summary)
      #expect(document.text == badge.text)
      #expect(badge.summary.characterCount == badge.text.count)
      #expect(badge.summary.severity == badge.severity)
    }
  }

  @Test func numbersAndSlugsAreWrittenAsTheStringFormsWouldBe() {
    var document = DOTDocument()
    for value in [0, 7, 10, 99, 100, 12_345] {
      document.number(value)
      document.byte(UInt8(ascii: " "))
    }
    for identifier in ["a->b", "my_id", "Café", "x:y"] { document.slug(identifier) }
    #expect(
      document.text
        == "0 7 10 99 100 12345 "
        + ["a->b", "my_id", "Café", "x:y"].map(SVGIdentifier.slug).joined())
  }
}
