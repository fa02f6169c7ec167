import DFDParser
import Diagnostics
import ThreatEngine

/// Formats one model source for `fmt`: checks it, formats it, and checks that the model the
/// canonical text resolves to is unchanged; never prints.
package struct ModelFormatting {
  /// The catalogue in force (its vocabulary reads the model).
  package var catalogue: Catalogue
  /// The folder that includes must stay inside; nil for the model's repository or folder.
  package var includeRoot: String?
  /// Whether warnings count as errors (a model with any is then left as it is).
  package var warningsAsErrors: Bool

  package init(catalogue: Catalogue, includeRoot: String? = nil, warningsAsErrors: Bool = false) {
    self.catalogue = catalogue
    self.includeRoot = includeRoot
    self.warningsAsErrors = warningsAsErrors
  }

  /// What formatting a source gave.
  package enum Result {
    /// The canonical bytes: the source's own when it is already formatted.
    case formatted([UInt8])
    /// The source has errors (its diagnostics here), so it is not formatted.
    case invalid(LoadedModel)
    /// The canonical text would resolve to another model (a bug in fmt): nothing is formatted.
    case changesModel
  }

  /// The canonical form of `source`, or why there is none.
  package func format(_ source: SourceFile) -> Result {
    var before = load(source)
    if warningsAsErrors {
      for index in before.diagnostics.indices where before.diagnostics[index].severity == .warning {
        before.diagnostics[index].severity = .error
      }
    }
    guard !before.hasErrors, let original = before.resolved?.diagram,
      let text = ModelFormatter.format(source).text
    else { return .invalid(before) }
    let bytes = Array(text.utf8)
    if bytes == source.bytes { return .formatted(bytes) }
    let after = load(SourceFile(path: source.path, bytes: bytes))
    guard !after.hasErrors, after.resolved?.diagram == original else { return .changesModel }
    return .formatted(bytes)
  }

  /// Loads `source` from memory, with its includes read from inside the include root.
  private func load(_ source: SourceFile) -> LoadedModel {
    let root = IncludeRoot(model: source.path, override: includeRoot)
    var loader = ModelLoader(
      vocabulary: catalogue.vocabulary, read: root.read, identify: FileReader.identity)
    return loader.load(source)
  }
}
