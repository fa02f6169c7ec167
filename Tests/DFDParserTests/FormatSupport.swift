import DFDModel
import DFDParser
import Diagnostics
import Foundation
import TestSupport
import Testing
import ThreatEngine

/// Helpers for the formatter tests: format text, and resolve a model from files in memory.
enum FormatSupport {
  /// The formatted text of `text`; records an issue and returns "" when it does not format.
  static func format(
    _ text: String, path: String = "model.dfd",
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> String {
    let result = ModelFormatter.format(SourceFile(path: path, text: text))
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

  /// Formats `files[path]` and says what is wrong, if anything: the model at `root` must load
  /// without errors before and after, resolve to the same diagram, and the formatted text must
  /// format to itself.
  static func check(_ path: String, root: String, _ files: [String: String]) -> (
    formatted: String, problem: String?
  ) {
    let before = load(root, files)
    guard !before.hasErrors else { return ("", "\(path) has errors: \(before.diagnostics)") }
    guard
      let formatted = ModelFormatter.format(SourceFile(path: path, text: files[path] ?? "")).text
    else { return ("", "\(path) did not format") }
    var changed = files
    changed[path] = formatted
    let after = load(root, changed)
    if after.hasErrors { return (formatted, "\(path) formatted has errors: \(after.diagnostics)") }
    if after.resolved?.diagram != before.resolved?.diagram {
      return (formatted, "formatting \(path) changed the model:\n\(formatted)")
    }
    let again = ModelFormatter.format(SourceFile(path: path, text: formatted)).text ?? ""
    if again != formatted {
      return (formatted, "\(path): not idempotent\n" + Golden.lineDiff(formatted, again))
    }
    return (formatted, nil)
  }

  /// `check`, recording its problem as an issue; returns the formatted text.
  @discardableResult
  static func expectFormatKeepsModel(
    _ path: String, root: String, _ files: [String: String],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) -> String {
    let (formatted, problem) = check(path, root: root, files)
    if let problem { Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation) }
    return formatted
  }

  /// The repository's samples folder.
  static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")
}
