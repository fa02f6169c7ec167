import DFDModel
import Diagnostics
import Foundation

/// Finds triage decisions whose review date has passed (DFD605).
package enum ReviewDates {
  /// Today in UTC as `YYYY-MM-DD`.
  ///
  /// Counted from the seconds since 1970 rather than with `Calendar`, whose time zone set-up
  /// loads ICU: 3 ms of every `check` and `render` of a sample (11 % of `check`'s time).
  package static func today(_ now: Date = Date()) -> String {
    let days = Int((now.timeIntervalSince1970 / 86_400).rounded(.down))
    return CalendarDate(daysSince1970: days).text
  }

  /// A warning at each `threat` statement whose `review` date is before `today`.
  package static func lapsed(
    _ diagram: Diagram, sourceMap: SourceMap, files: [String: SourceFile], today: String
  ) -> [Diagnostic] {
    guard let today = CalendarDate(today) else { return [] }
    var warnings: [Diagnostic] = []
    for (index, statement) in diagram.triage.enumerated() {
      guard let text = statement.review, let review = CalendarDate(text), review < today,
        index < sourceMap.triage.count
      else { continue }
      let location = sourceMap.triage[index]
      guard let file = files[location.file] else { continue }
      let start = file.offset(line: location.line, column: location.column)
      let end = file.offset(line: location.endLine, column: location.endColumn)
      let decision = statement.status == .open ? "triage" : statement.status.rawValue
      warnings.append(
        Diagnostic(
          .warning, "DFD605",
          "the \(decision) decision 'threat \(statement.rule) on \(statement.target)' was due for review on \(text); it has lapsed",
          at: SourceRange(file: location.file, start: start, end: end),
          notes: [
            Diagnostic.Note(
              "review it, then update 'review:' (and 'date:', 'by:') or remove the statement")
          ]))
    }
    return warnings
  }
}
