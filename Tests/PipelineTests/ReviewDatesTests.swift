import DFDModel
import Foundation
import Pipeline
import Testing

@Suite struct ReviewDatesTests {
  /// Today is the UTC day, counted without `Calendar`: it agrees with Foundation's Gregorian
  /// calendar on every 97th day from 1601 to 2401, across leap days and century years.
  @Test func todayAgreesWithFoundationsCalendar() throws {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
    for days in stride(from: -134_774, through: 157_420, by: 97) {
      let now = Date(timeIntervalSince1970: Double(days) * 86_400 + 86_399)
      let parts = calendar.dateComponents([.year, .month, .day], from: now)
      let expected = String(
        format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
      #expect(ReviewDates.today(now) == expected, "\(days) days")
    }
  }

  @Test func daysSince1970CountLeapDaysAndCenturies() {
    #expect(CalendarDate(daysSince1970: 0).text == "1970-01-01")
    #expect(CalendarDate(daysSince1970: -1).text == "1969-12-31")
    #expect(CalendarDate(daysSince1970: 11_016).text == "2000-02-29")
    #expect(CalendarDate(daysSince1970: 19_782).text == "2024-02-29")
    #expect(CalendarDate(daysSince1970: 20_428).text == "2025-12-06")
    #expect(CalendarDate(daysSince1970: 47_541).text == "2100-03-01")
    #expect(ReviewDates.today(Date(timeIntervalSince1970: 1_796_518_800)) == "2026-12-06")
  }
}
