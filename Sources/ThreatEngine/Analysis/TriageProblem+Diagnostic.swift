import DFDModel
import Diagnostics

extension TriageProblem {
  /// The warning (DFD601-DFD603) at the `threat` statement the problem concerns, placed with
  /// `sourceMap.triage`; nil when that statement's file is not among `files`.
  public func diagnostic(_ sourceMap: SourceMap, files: [String: SourceFile]) -> Diagnostic? {
    guard triageIndex < sourceMap.triage.count else { return nil }
    let location = sourceMap.triage[triageIndex]
    guard let file = files[location.file] else { return nil }
    let start = file.offset(line: location.line, column: location.column)
    let end = file.offset(line: location.endLine, column: location.endColumn)
    let notes = suggestion.map { [Diagnostic.Note("did you mean '\($0)'?")] } ?? []
    return Diagnostic(
      .warning, code.rawValue, message,
      at: SourceRange(file: location.file, start: start, end: end), notes: notes,
      suggestion: suggestion)
  }
}

extension Analyzer {
  /// The triage problems of `diagram` (of `prepared`, when given, so that it is not indexed
  /// again) as warnings at their `threat` statements; with `coverage`, also a note (DFD604) at
  /// each bulk statement listing the findings it settled.
  public func triageDiagnostics(
    _ diagram: Diagram, prepared: PreparedDiagram? = nil, sourceMap: SourceMap,
    files: [String: SourceFile], coverage: Bool = false
  ) -> [Diagnostic] {
    guard coverage || diagram.triage.contains(where: \.selector.isBulk) else {
      let problems = prepared.map(triageProblems) ?? triageProblems(diagram)
      return problems.compactMap { $0.diagnostic(sourceMap, files: files) }
    }
    let outcome = triageOutcome(prepared ?? prepare(diagram))
    let notes = coverage ? outcome.coverage.filter { !$0.findings.isEmpty } : []
    return outcome.problems.compactMap { $0.diagnostic(sourceMap, files: files) }
      + notes.compactMap { $0.diagnostic(sourceMap, files: files) }
  }
}
