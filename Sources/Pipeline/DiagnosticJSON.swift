import DFDParser
import Diagnostics
import Foundation
import OutputEscaping

/// The JSON form of `check --format json`, for editors and CI.
package struct DiagnosticJSON: Encodable {
  package struct Item: Encodable {
    var file: String
    var line: Int
    var column: Int
    var endLine: Int
    var endColumn: Int
    var severity: String
    var code: String
    var message: String
    var label: String?
    var notes: [NoteItem]
    var suggestion: String?
  }

  package struct NoteItem: Encodable {
    var message: String
    var file: String?
    var line: Int?
    var column: Int?
  }

  package struct FileSummary: Encodable {
    var file: String
    var errors: Int
    var warnings: Int
  }

  package var diagnostics: [Item] = []
  package var files: [FileSummary] = []

  package init() {}

  /// Adds one checked model.
  package mutating func add(_ model: LoadedModel, path: String) {
    files.append(FileSummary(file: path, errors: model.errorCount, warnings: model.warningCount))
    add(model.diagnostics, sources: model.sources)
  }

  /// Adds a catalogue that could not be loaded, as a file with one error.
  package mutating func add(_ failure: CatalogueLoadFailure) {
    files.append(FileSummary(file: failure.diagnostic.range.file, errors: 1, warnings: 0))
    add([failure.diagnostic], sources: failure.files)
  }

  /// Adds diagnostics, placed in `sources`.
  private mutating func add(_ list: [Diagnostic], sources: [String: SourceFile]) {
    for diagnostic in list {
      let range = diagnostic.range
      let location = sources[range.file]?.location(of: range)
      let notes = diagnostic.notes.map { note -> NoteItem in
        let place = note.range.flatMap { r in sources[r.file]?.location(of: r) }
        return NoteItem(
          message: shown(note.message), file: place?.file, line: place?.line,
          column: place?.column)
      }
      diagnostics.append(
        Item(
          file: range.file, line: location?.line ?? 1, column: location?.column ?? 1,
          endLine: location?.endLine ?? 1, endColumn: location?.endColumn ?? 1,
          severity: diagnostic.severity.rawValue, code: diagnostic.code,
          message: shown(diagnostic.message), label: diagnostic.label.map(shown), notes: notes,
          suggestion: diagnostic.suggestion.map(shown)))
    }
  }

  /// Message text with bidirectional controls spelled out, as in every output.
  private func shown(_ text: String) -> String { Escaping.showingBidiControls(text) }

  /// The document as pretty-printed JSON.
  package func encoded() throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return String(decoding: try encoder.encode(self), as: UTF8.self)
  }
}
