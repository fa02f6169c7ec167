import ArgumentParser
import Diagnostics
import Foundation
import ThreatEngine

/// `--catalogue FILE` (repeatable) and `--no-builtin`: which rules and vocabulary apply.
struct CatalogueOptions: ParsableArguments {
  @Option(
    name: .customLong("catalogue"),
    help: ArgumentHelp(
      "A catalogue file adding kinds, attributes, protocols and rules (repeatable).",
      valueName: "file"))
  var catalogues: [String] = []

  @Flag(name: .customLong("no-builtin"), help: "Start from an empty catalogue.")
  var noBuiltin = false

  /// The built-in catalogue (unless `--no-builtin`) with every `--catalogue` file on top.
  func load() throws(CatalogueLoadFailure) -> Catalogue {
    var catalogue = noBuiltin ? Catalogue.empty : Catalogue.builtIn
    for path in catalogues {
      catalogue = try Self.load(path, on: catalogue)
    }
    return catalogue
  }

  /// Loads `path` on top of `base`.
  static func load(_ path: String, on base: Catalogue) throws(CatalogueLoadFailure) -> Catalogue {
    try load(path, text: try read(path), on: base)
  }

  /// The text of the catalogue file at `path`.
  static func read(_ path: String) throws(CatalogueLoadFailure) -> String {
    do {
      return try FileReader.readText(path)
    } catch {
      throw CatalogueLoadFailure(.catalogueUnreadable(path, reason: "\(error)"))
    }
  }

  /// Loads `text`, the catalogue file at `path`, on top of `base`.
  static func load(_ path: String, text: String, on base: Catalogue) throws(CatalogueLoadFailure)
    -> Catalogue
  {
    do {
      return try CatalogueLoader(file: path).load(text, base: base)
    } catch {
      throw CatalogueLoadFailure(error, source: SourceFile(path: path, text: text))
    }
  }

  /// Loads the catalogues, or prints the problem and exits with status 2.
  func loadOrExit(color: ColorChoice = .auto) throws -> Catalogue {
    do {
      return try load()
    } catch {
      Terminal.writeRenderedDiagnostics(error.rendered(colors: Terminal.usesColor(color)))
      throw ExitCode(2)
    }
  }
}

/// A catalogue that could not be read or loaded: its diagnostic, and the file's text to show.
struct CatalogueLoadFailure: Error {
  var diagnostic: Diagnostic
  var source: SourceFile?

  init(_ diagnostic: Diagnostic, source: SourceFile? = nil) {
    self.diagnostic = diagnostic
    self.source = source
  }

  /// The files to render the diagnostic with.
  var files: [String: SourceFile] { source.map { [$0.path: $0] } ?? [:] }

  /// The diagnostic as `check` shows it: `file:line:col`, the source line and a caret.
  func rendered(colors: Bool) -> String {
    DiagnosticRenderer(files: files, colors: colors).render([diagnostic])
  }
}
