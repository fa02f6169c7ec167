import DFDModel
import DFDParser
import Foundation
import Testing
import ThreatEngine

/// Helpers for the formatter tests: format text, and resolve a model from files in memory.
enum FormatSupport {
  /// The formatted text of `text`; records an issue and returns "" when it does not format.
  static func format(
    _ text: String, path: String = "model.dfd",
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> String {
    let result = Formatter.format(SourceFile(path: path, text: text))
    guard let formatted = result.text else {
      Issue.record(
        Comment(rawValue: "did not format: \(result.diagnostics.map(\.message))"),
        sourceLocation: sourceLocation)
      return ""
    }
    return formatted
  }

  /// The model at `root`, reading files from `files` (by path).
  static func load(_ root: String, _ files: [String: String]) -> LoadedModel {
    ModelLoader.load(root, vocabulary: Catalogue.builtIn.vocabulary) { path in
      guard let text = files[path] else { throw FileReadError("no such file") }
      return Array(text.utf8)
    }
  }

  /// Checks that formatting `files[path]` keeps the model at `root` the same and that the
  /// formatted text formats to itself; returns the formatted text.
  @discardableResult
  static func expectFormatKeepsModel(
    _ path: String, root: String, _ files: [String: String],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> String {
    let before = load(root, files)
    #expect(!before.hasErrors, "\(path): \(before.diagnostics)", sourceLocation: sourceLocation)
    let formatted = format(files[path] ?? "", path: path, sourceLocation: sourceLocation)
    var changed = files
    changed[path] = formatted
    let after = load(root, changed)
    #expect(!after.hasErrors, "\(path) formatted: \(after.diagnostics)", sourceLocation: sourceLocation)
    #expect(
      after.resolved?.diagram == before.resolved?.diagram, "\(path): the model changed",
      sourceLocation: sourceLocation)
    let again = format(formatted, path: path, sourceLocation: sourceLocation)
    #expect(again == formatted, "\(path): not idempotent\n\(lineDiff(formatted, again))",
      sourceLocation: sourceLocation)
    return formatted
  }

  /// The repository's samples folder.
  static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")
}
