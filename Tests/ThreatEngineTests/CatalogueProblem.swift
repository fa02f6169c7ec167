import Diagnostics
import ThreatEngine

/// A catalogue's diagnostic with its 1-based position worked out, for tests to compare.
struct CatalogueProblem {
  var diagnostic: Diagnostic
  var file: String
  var line: Int
  var column: Int

  var message: String { diagnostic.message }
  var code: String { diagnostic.code }

  /// Loads `yaml` on `base`; the problem it is refused with, or nil when it loads.
  static func load(_ yaml: String, file: String, base: Catalogue? = .builtIn) -> CatalogueProblem? {
    do {
      _ = try CatalogueLoader(file: file).load(yaml, base: base)
      return nil
    } catch {
      let position = SourceFile(path: file, text: yaml).position(of: error.range.start)
      return CatalogueProblem(
        diagnostic: error, file: error.range.file, line: position.line, column: position.column)
    }
  }
}
