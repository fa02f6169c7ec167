import DFDModel
import Testing

/// `review`, `likelihood` and `impact` on triage lines (issue 15).
struct TriageValueTests {
  let header = "camera cam\nservice cms\ncam -> cms\n"

  @Test func validValuesResolve() throws {
    let model = load(
      header + "threat R on cam [review: 2026-06-01, likelihood: 3, impact: 5]\n"
        + "threat S on cam [review: \"2028-02-29\"]")
    #expect(model.diagnostics.isEmpty)
    let triage = try #require(model.resolved?.diagram.triage)
    #expect(triage[0].review == "2026-06-01")
    #expect(triage[0].riskScore == RiskScore(likelihood: 3, impact: 5))
    #expect(triage[0].riskScore?.score == 15)
    #expect(triage[1].review == "2028-02-29")
    #expect(triage[1].riskScore == nil)
  }

  @Test func badValuesAreErrorsAtTheValue() {
    expectDiagnostics(
      header
        + "threat R on cam [review: ↓2026-02-30, likelihood: ↓0, impact: ↓2.5]\n"
        + "threat S on cam [review: ↓\"next june\", likelihood: ↓\"high\"]\n"
        + "threat T on cam [↓reveiw: 2026-06-01]",
      [
        ("DFD309", "review date '2026-02-30' is not a date written YYYY-MM-DD"),
        ("DFD310", "likelihood 0 is not a whole number from 1 to 5"),
        ("DFD310", "impact 2.5 is not a whole number from 1 to 5"),
        ("DFD309", "review date 'next june' is not a date written YYYY-MM-DD"),
        ("DFD301", "attribute 'likelihood' must be a number, found a string"),
        ("DFD303", "unknown threat attribute 'reveiw'"),
      ])
    #expect(
      load(header + "threat T on cam [reveiw: 2026-06-01]").diagnostics.first?.suggestion
        == "review")
  }

  @Test func calendarDatesAreChecked() {
    #expect(CalendarDate("2026-06-01")?.text == "2026-06-01")
    #expect(CalendarDate("2024-02-29") != nil)
    for bad in ["2026-02-29", "2026-13-01", "2026-6-1", "26-06-01", "2026-06-01x", ""] {
      #expect(CalendarDate(bad) == nil, "\(bad)")
    }
    #expect(CalendarDate("2026-01-31")! < CalendarDate("2026-02-01")!)
  }
}

struct UnitCountSyntaxTests {
  @Test func countMustBeAWholeNumberOfUnits() {
    expectDiagnostics(
      """
      camera a [count: 40]
      camera b [count: ↓0]
      camera c [count: ↓2.5]
      camera d [count: ↓2000000]
      camera e [count: ↓"many"]
      service s
      a -> s
      b -> s
      c -> s
      d -> s
      e -> s
      s -> a "x" [↓count: 2]
      """,
      [
        ("DFD311", "count 0 is not a whole number from 1 to 1,000,000"),
        ("DFD311", "count 2.5 is not a whole number from 1 to 1,000,000"),
        ("DFD311", "count 2000000 is not a whole number from 1 to 1,000,000"),
        ("DFD301", "attribute 'count' must be a number, found a string"),
        ("DFD304", "attribute 'count' does not apply to flows"),
      ])
    #expect(load("camera a [count: 40]").resolved?.diagram.elements.first?.count == 40)
  }
}
