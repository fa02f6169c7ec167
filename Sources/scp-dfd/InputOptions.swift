import ArgumentParser
import DFDModel
import DFDParser
import Diagnostics
import Pipeline
import ThreatEngine

/// Options shared by every command that reads a model.
struct InputOptions: ParsableArguments {
  @Option(help: "When to colour diagnostics: auto (on a terminal), always or never.")
  var color: ColorChoice = .auto

  @Flag(help: "Treat warnings as errors.")
  var warningsAsErrors = false

  @Option(
    help: ArgumentHelp(
      "The folder that includes must stay inside (default: the model's git repository, else its folder).",
      valueName: "dir"))
  var includeRoot: String?

  @OptionGroup var catalogueOptions: CatalogueOptions

  func validate() throws {
    if let includeRoot, !IncludeRoot.isFolder(includeRoot) {
      throw ValidationError("--include-root '\(includeRoot)' is not a folder")
    }
  }

  /// The catalogue in force: built-in (unless `--no-builtin`) plus `--catalogue` files; prints
  /// the first catalogue error and exits 2.
  func catalogue() throws -> Catalogue { try catalogueOptions.loadOrExit(color: color) }

  /// The reader of models for these options and `catalogue` (from `catalogue()`, so that
  /// catalogue files are read once).
  func reader(_ catalogue: Catalogue) -> ModelReader {
    ModelReader(
      catalogue: catalogue, includeRoot: includeRoot, warningsAsErrors: warningsAsErrors)
  }

  /// Reads, parses and resolves the model at `path`, adding stale-triage warnings when it is
  /// valid; never prints.
  func read(_ path: String, catalogue: Catalogue) -> LoadedModel {
    reader(catalogue).read(path).model
  }

  /// The files an output may not replace: the model, its includes, the catalogues and
  /// `template`.
  func inputs(of loaded: ValidModel, template: String? = nil) -> OutputGuard {
    OutputGuard(
      model: loaded.path, files: loaded.files, catalogues: catalogueOptions.catalogues,
      template: template)
  }

  /// The model's diagnostics as text, coloured when standard error is a terminal.
  func renderDiagnostics(_ model: LoadedModel) -> String {
    DiagnosticRenderer(files: model.sources, colors: Terminal.usesColor(color))
      .render(model.diagnostics)
  }

  /// Loads a model for a command that needs a valid one: prints its diagnostics to standard
  /// error, and throws `ExitCode(2)` when there are errors.
  func loadModel(_ path: String, catalogue: Catalogue) throws -> ValidModel {
    var timer = PhaseTimer(enabled: false)
    return try loadModel(path, catalogue: catalogue, timer: &timer, index: false)
  }

  /// Loads a model as `loadModel(_:catalogue:)` does, timing its phases (`load`, `index`,
  /// `triage`); with `index`, prepares the diagram for analysis whatever its triage.
  ///
  /// `reader`, when given, reads the model and its includes instead of the file system
  /// (`diff REV:path`).
  func loadModel(
    _ path: String, catalogue: Catalogue, timer: inout PhaseTimer, index: Bool,
    reader: ModelLoader.Reader? = nil
  ) throws -> ValidModel {
    let result = self.reader(catalogue).read(path, index: index, timer: &timer, reader: reader)
    let model = result.model
    if !model.diagnostics.isEmpty { Terminal.writeRenderedDiagnostics(renderDiagnostics(model)) }
    guard let valid = result.valid else {
      Terminal.writeError(CheckSummary.line(for: model, path: path) + "\n")
      throw ExitCode(2)
    }
    return valid
  }
}
