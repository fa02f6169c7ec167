import DFDModel

extension Resolver {
  /// Checks an element's `count`: a whole number from 1 to 1,000,000 (DFD311).
  mutating func checkCount(_ items: [AttributeSyntax], _ values: Attributes, file: String) {
    guard let number = values["count"]?.numberValue,
      number < 1 || number > Double(Vocabulary.maximumCount) || number != number.rounded(),
      let written = items.last(where: { $0.name.text == "count" })?.value
    else { return }
    diagnostics.append(
      .invalidCount(AttributeValue.number(number).description, at: range(written.range, file)))
  }

  /// Checks the values a triage line gives the risk register: `review` a real `YYYY-MM-DD`
  /// date (DFD309), `likelihood` and `impact` whole numbers from 1 to 5 (DFD310).
  mutating func checkTriageValues(_ syntax: ThreatSyntax, _ values: Attributes, file: String) {
    for item in syntax.attributes {
      guard let value = item.value else { continue }
      switch item.name.text {
      case "review":
        guard let text = values.text("review"), CalendarDate(text) == nil else { continue }
        diagnostics.append(.invalidReviewDate(text, at: range(value.range, file)))
      case "likelihood", "impact":
        guard let number = values[item.name.text]?.numberValue, RiskScore.level(number) == nil
        else { continue }
        diagnostics.append(
          .riskLevelOutOfRange(
            item.name.text, value: AttributeValue.number(number).description,
            at: range(value.range, file)))
      default: continue
      }
    }
  }
}
