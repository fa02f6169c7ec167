import Diagnostics
import ThreatEngine

/// Reads catalogue files on top of the built-in catalogue; problems come back as a
/// `CatalogueLoadFailure`, never printed.
package enum CatalogueReader {
  /// The built-in catalogue (or an empty one when `builtIn` is false) with every file in
  /// `paths` on top, in order.
  package static func load(_ paths: [String], builtIn: Bool = true) throws(CatalogueLoadFailure)
    -> Catalogue
  {
    var catalogue = builtIn ? Catalogue.builtIn : Catalogue.empty
    for path in paths {
      catalogue = try load(path, on: catalogue)
    }
    return catalogue
  }

  /// Loads `path` on top of `base`.
  package static func load(_ path: String, on base: Catalogue) throws(CatalogueLoadFailure)
    -> Catalogue
  {
    try load(path, text: try read(path), on: base)
  }

  /// The text of the catalogue file at `path`.
  package static func read(_ path: String) throws(CatalogueLoadFailure) -> String {
    do {
      return try FileReader.readText(path)
    } catch {
      throw CatalogueLoadFailure(.catalogueUnreadable(path, reason: "\(error)"))
    }
  }

  /// Loads `text`, the catalogue file at `path`, on top of `base`.
  package static func load(_ path: String, text: String, on base: Catalogue)
    throws(CatalogueLoadFailure) -> Catalogue
  {
    do {
      return try CatalogueLoader(file: path).load(text, base: base)
    } catch {
      throw CatalogueLoadFailure(error, source: SourceFile(path: path, text: text))
    }
  }
}

/// A catalogue that could not be read or loaded: its diagnostic, and the file's text to show.
package struct CatalogueLoadFailure: Error {
  package var diagnostic: Diagnostic
  package var source: SourceFile?

  package init(_ diagnostic: Diagnostic, source: SourceFile? = nil) {
    self.diagnostic = diagnostic
    self.source = source
  }

  /// The files to render the diagnostic with.
  package var files: [String: SourceFile] { source.map { [$0.path: $0] } ?? [:] }

  /// The diagnostic as `check` shows it: `file:line:col`, the source line and a caret.
  package func rendered(colors: Bool) -> String {
    DiagnosticRenderer(files: files, colors: colors).render([diagnostic])
  }
}
