import DFDModel
import DFDParser
import Diagnostics
import ThreatEngine

/// Loads .dfd text in memory for engine tests, against a catalogue's vocabulary.
enum ModelText {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  /// Warnings examples may have: an element on its own (DFD402) is how element rules are shown.
  static let tolerated: Set<String> = ["DFD402"]

  /// The diagram of `text`; fails on any other diagnostic, so examples stay clean.
  static func diagram(_ text: String, catalogue: Catalogue = .builtIn, path: String = "example.dfd")
    throws -> (Diagram, SourceMap)
  {
    var loader = ModelLoader(vocabulary: catalogue.vocabulary) { path in
      throw FileReadError("no includes in examples (\(path))")
    }
    let model = loader.load(SourceFile(path: path, text: text))
    let problems = model.diagnostics.filter { !tolerated.contains($0.code) }
    guard problems.isEmpty, let resolved = model.resolved else {
      let rendered = DiagnosticRenderer(files: model.sources, colors: false).render(problems)
      throw Failure(description: rendered)
    }
    return (resolved.diagram, resolved.sourceMap)
  }
}
