import DFDModel
import Diagnostics

/// The findings one bulk `threat` statement (`on *`, `on boundary B`, `on kind K`) settled.
public struct TriageCoverage: Hashable, Sendable {
  /// The statement's index in `Diagram.triage` and `SourceMap.triage`.
  public var triageIndex: Int
  /// The ids of the findings it settled (`RULE@TARGET`), in report order.
  public var findings: [String]

  public init(triageIndex: Int, findings: [String]) {
    self.triageIndex = triageIndex
    self.findings = findings
  }

  /// A note at the statement listing what it touched (for `check --verbose`); nil when its
  /// file is not among `files`.
  public func diagnostic(_ sourceMap: SourceMap, files: [String: SourceFile]) -> Diagnostic? {
    guard triageIndex < sourceMap.triage.count else { return nil }
    let location = sourceMap.triage[triageIndex]
    guard let file = files[location.file] else { return nil }
    let start = file.offset(line: location.line, column: location.column)
    let end = file.offset(line: location.endLine, column: location.endColumn)
    let count = findings.count == 1 ? "1 finding" : "\(findings.count) findings"
    return Diagnostic(
      .note, "DFD604", "bulk triage settles \(count)",
      at: SourceRange(file: location.file, start: start, end: end),
      notes: findings.map { Diagnostic.Note($0) })
  }
}

extension TriageApplier {
  /// The warning for a bulk statement that touched no finding.
  func staleBulk(_ statement: Triage, _ offset: Int, _ catalogue: Catalogue) -> TriageProblem {
    let message =
      catalogue.rule(statement.rule) == nil
      ? "stale triage: no rule '\(statement.rule)' in the catalogue"
      : "stale triage: \(statement.rule) fires on nothing that 'on \(statement.target)' covers; remove the statement or review the model"
    let suggestion =
      catalogue.rule(statement.rule) == nil
      ? Suggestion.closest(to: statement.rule, in: catalogue.rules.lazy.map(\.id)) : nil
    return TriageProblem(
      code: .staleTriage, message: message, triageIndex: offset, suggestion: suggestion)
  }
}
