import ArgumentParser
import DFDModel
import DFDParser
import ThreatEngine

/// Options shared by every command that reads a model.
struct InputOptions: ParsableArguments {
  @Option(help: "When to colour diagnostics: auto (on a terminal), always or never.")
  var color: ColorChoice = .auto

  @Flag(help: "Treat warnings as errors.")
  var warningsAsErrors = false

  @OptionGroup var catalogueOptions: CatalogueOptions

  /// The catalogue in force: built-in (unless `--no-builtin`) plus `--catalogue` files; prints
  /// the first catalogue error and exits 2.
  func catalogue() throws -> Catalogue { try catalogueOptions.loadOrExit() }

  /// Reads, parses and resolves the model at `path` against `catalogue` (from `catalogue()`, so
  /// that catalogue files are read once), adding stale-triage warnings when it is valid; never
  /// prints.
  func read(_ path: String, catalogue: Catalogue) -> LoadedModel {
    var model = ModelLoader.load(
      path, vocabulary: catalogue.vocabulary, read: FileReader.read, identify: FileReader.identity)
    if !model.hasErrors, let resolved = model.resolved, !resolved.diagram.triage.isEmpty {
      let problems = Analyzer(catalogue: catalogue).triageProblems(resolved.diagram)
      let warnings = TriageDiagnostics.warnings(
        problems, sourceMap: resolved.sourceMap, files: model.sources)
      model = LoadedModel(
        files: model.files, resolved: resolved, diagnostics: model.diagnostics + warnings)
    }
    if warningsAsErrors {
      for index in model.diagnostics.indices where model.diagnostics[index].severity == .warning {
        model.diagnostics[index].severity = .error
      }
    }
    return model
  }

  /// The model's diagnostics as text, coloured when standard error is a terminal.
  func renderDiagnostics(_ model: LoadedModel) -> String {
    DiagnosticRenderer(files: model.sources, colors: Terminal.usesColor(color))
      .render(model.diagnostics)
  }

  /// Loads a model for a command that needs a valid one: prints its diagnostics to standard
  /// error, and throws `ExitCode(2)` when there are errors.
  func loadModel(_ path: String, catalogue: Catalogue) throws -> ValidModel {
    let model = read(path, catalogue: catalogue)
    if !model.diagnostics.isEmpty { Terminal.writeError(renderDiagnostics(model)) }
    guard !model.hasErrors, let resolved = model.resolved else {
      Terminal.writeError(CheckSummary.line(for: model, path: path) + "\n")
      throw ExitCode(2)
    }
    return ValidModel(
      path: path, diagram: resolved.diagram, sourceMap: resolved.sourceMap, files: model.files)
  }
}

/// A model without errors, ready for analysis and drawing.
struct ValidModel {
  var path: String
  var diagram: Diagram
  var sourceMap: SourceMap
  var files: [SourceFile]
}
