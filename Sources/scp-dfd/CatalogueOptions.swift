import ArgumentParser
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
    try CatalogueReader.load(catalogues, builtIn: !noBuiltin)
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
