import DFDModel
import Diagnostics

extension SourceFile {
  /// The `SourceLocation` of a range in this file.
  public func location(of range: SourceRange) -> SourceLocation {
    let start = position(of: range.start)
    let end = position(of: range.end)
    return SourceLocation(
      file: path, line: start.line, column: start.column, endLine: end.line, endColumn: end.column)
  }
}
