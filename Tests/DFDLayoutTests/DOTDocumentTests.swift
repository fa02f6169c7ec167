import DFDModel
import OutputEscaping
import Testing

@testable import DFDLayout

/// The byte-level shortcuts of DOT writing must agree with the definitions they replace.
struct DOTDocumentTests {
  @Test(arguments: DOTTextWrappingTests.texts)
  func wrappingInPlaceMatchesWrappedLinesEscaped(_ text: String) {
    for width in [1, 5, 10, 18, 22, 24, 30, 80] {
      let lines = DOTText.wrapped(text, width: width)
      var document = DOTDocument(capacity: 4)
      let shape = document.wrapped(text, width: width)
      #expect(document.text == lines.map(Escaping.dotHTML).joined(separator: "<BR/>"))
      #expect(shape.count == lines.count)
      #expect(shape.first == lines[0].count)
      #expect(shape.longestAfterFirst == (lines.dropFirst().map(\.count).max() ?? 0))
    }
  }

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
    var document = DOTDocument(capacity: 1)
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
