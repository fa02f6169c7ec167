import ArgumentParser
import Foundation
import Pipeline
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
      throw CatalogueLoadFailure(message: "\(path): error: cannot read the catalogue: \(error)")
    }
  }

  /// Loads `text`, the catalogue file at `path`, on top of `base`.
  static func load(_ path: String, text: String, on base: Catalogue) throws(CatalogueLoadFailure)
    -> Catalogue
  {
    do {
      return try CatalogueLoader(file: path).load(text, base: base)
    } catch let error as CatalogueError {
      throw CatalogueLoadFailure(message: error.description)
    } catch {
      throw CatalogueLoadFailure(message: "\(path): error: \(error)")
    }
  }

  /// Loads the catalogues, or prints the error and exits with status 2.
  func loadOrExit() throws -> Catalogue {
    do {
      return try load()
    } catch {
      Terminal.writeErrorLine(error.message)
      throw ExitCode(2)
    }
  }
}

/// A catalogue that could not be read or loaded, as one `file:line:col: error: ...` line.
struct CatalogueLoadFailure: Error {
  var message: String
}
