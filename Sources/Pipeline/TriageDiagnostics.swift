import DFDModel
import DFDParser
import ThreatEngine

/// Turns the analyser's triage problems into warnings at the `threat` statements they concern.
enum TriageDiagnostics {
  /// One warning per problem, placed with `SourceMap.triage`.
  static func warnings(
    _ problems: [TriageProblem], sourceMap: SourceMap, files: [String: SourceFile]
  ) -> [Diagnostic] {
    problems.compactMap { problem in
      guard problem.triageIndex < sourceMap.triage.count else { return nil }
      let location = sourceMap.triage[problem.triageIndex]
      guard let file = files[location.file] else { return nil }
      let start = file.offset(line: location.line, column: location.column)
      let end = file.offset(line: location.endLine, column: location.endColumn)
      let notes = problem.suggestion.map { [Diagnostic.Note("did you mean '\($0)'?")] } ?? []
      return Diagnostic(
        .warning, problem.code.rawValue, problem.message,
        at: SourceRange(file: location.file, start: start, end: end), notes: notes,
        suggestion: problem.suggestion)
    }
  }
}

extension SourceFile {
  /// The byte offset of a 1-based line and column (columns count `Character`s).
  func offset(line: Int, column: Int) -> Int {
    guard line >= 1, line <= lineStarts.count else { return bytes.count }
    let range = lineRange(line - 1)
    let text = String(decoding: bytes[range], as: UTF8.self)
    let prefix = text.prefix(max(0, column - 1))
    return range.lowerBound + prefix.utf8.count
  }
}
