import DFDModel
import DFDParser
import Diagnostics
import Foundation
import Interop
import TestSupport
import Testing
import ThreatEngine

/// Fixtures, loading and analysis for the interop tests.
enum InteropSupport {
  struct Failure: Error, CustomStringConvertible { var description: String }

  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static let context = ImportContext(
    vocabulary: Catalogue.builtIn.vocabulary, rules: Set(Catalogue.builtIn.rules.map(\.id)))

  static func fixture(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: folder.appendingPathComponent(name)))
  }

  /// The diagram of .dfd `text` and its diagnostics (rendered), stale triage included.
  static func load(_ text: String) throws -> (diagram: Diagram, diagnostics: String) {
    var loader = ModelLoader(vocabulary: Catalogue.builtIn.vocabulary) { path in
      throw FileReadError("no includes (\(path))")
    }
    let model = loader.load(SourceFile(path: "imported.dfd", text: text))
    guard let resolved = model.resolved, !model.hasErrors else {
      throw Failure(
        description: DiagnosticRenderer(files: model.sources, colors: false).render(
          model.diagnostics))
    }
    let analyzer = Analyzer(catalogue: .builtIn)
    let stale = analyzer.triageProblems(resolved.diagram)
    let rendered = DiagnosticRenderer(files: model.sources, colors: false).render(model.diagnostics)
    return (resolved.diagram, rendered + stale.map { "\($0)" }.joined(separator: "\n"))
  }

  static func findings(_ diagram: Diagram) -> [Finding] {
    Analyzer(catalogue: .builtIn).analyze(diagram).findings
  }

  /// Records an issue for every violation of `schema` (a file in Fixtures) by `json`.
  static func expectValid(_ json: String, schema: String) throws {
    try JSONSchema.expectValid(json, schema: folder.appendingPathComponent(schema).path)
  }
}
