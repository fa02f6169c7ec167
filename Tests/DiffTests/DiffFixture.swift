import DFDModel
import DFDParser
import Diagnostics
import Foundation
import Reports
import ThreatEngine

/// The street-lighting sample and small edits of it (Fixtures/), loaded and analysed with the
/// built-in catalogue.
enum DiffFixture {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// The edits, each a copy of the sample with one change.
  static let edits = [
    "add-flow", "remove-tls", "move-element", "change-attribute", "triage-mitigated",
    "rename-label",
  ]

  /// The diagram and findings of the fixture `name` (without `.dfd`).
  static func load(_ name: String) throws -> (Diagram, [Finding]) {
    let url = testFolder.appendingPathComponent("Fixtures").appendingPathComponent(name + ".dfd")
    let text = try String(contentsOf: url, encoding: .utf8)
    return try analyse(text, path: name + ".dfd")
  }

  /// The diagram and findings of model text; fails on any error.
  static func analyse(_ text: String, path: String) throws -> (Diagram, [Finding]) {
    var loader = ModelLoader(vocabulary: Catalogue.builtIn.vocabulary) { path in
      throw FileReadError("no includes here (\(path))")
    }
    let model = loader.load(SourceFile(path: path, text: text))
    guard !model.hasErrors, let diagram = model.resolved?.diagram else {
      throw Failure(
        description: DiagnosticRenderer(files: model.sources, colors: false)
          .render(model.diagnostics))
    }
    return (diagram, Analyzer(catalogue: .builtIn).analyze(diagram).findings)
  }

  /// The report of the changes from the sample to the edit `name`.
  static func report(_ name: String) throws -> DiffReport {
    let (old, oldFindings) = try load("street-lighting")
    let (new, newFindings) = try load(name)
    return DiffReport(
      oldName: "street-lighting.dfd", old: old, oldFindings: oldFindings,
      newName: name + ".dfd", new: new, newFindings: newFindings)
  }
}
