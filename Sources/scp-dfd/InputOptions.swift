import ArgumentParser
import DFDModel
import DFDParser
import Diagnostics
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

  /// Reads, parses and resolves the model at `path` against `catalogue` (from `catalogue()`, so
  /// that catalogue files are read once), adding stale-triage warnings when it is valid; never
  /// prints.
  func read(_ path: String, catalogue: Catalogue) -> LoadedModel {
    var timer = PhaseTimer(enabled: false)
    return readForAnalysis(path, catalogue: catalogue, timer: &timer, index: false).model
  }

  /// Reads the model as `read` does, and returns the analyser and the prepared diagram (nil
  /// when none was made), so that analysis need not index the diagram again.
  ///
  /// With `index`, a valid diagram is always prepared, timed as the `index` phase; without it,
  /// only when the stale-triage check evaluates rules. Reading is timed as `load`, the check as
  /// `triage`.
  private func readForAnalysis(
    _ path: String, catalogue: Catalogue, timer: inout PhaseTimer, index: Bool
  ) -> (model: LoadedModel, analyzer: Analyzer, prepared: PreparedDiagram?) {
    let analyzer = Analyzer(catalogue: catalogue)
    var prepared: PreparedDiagram?
    var model = timer.measure("load") {
      ModelLoader.load(
        path, vocabulary: catalogue.vocabulary, read: confinedReader(for: path),
        identify: FileReader.identity)
    }
    if !model.hasErrors, let resolved = model.resolved {
      let diagram = resolved.diagram
      let triage = !diagram.triage.isEmpty
      if index || (triage && analyzer.triageNeedsIndex(diagram)) {
        prepared = timer.measure("index") { analyzer.prepare(diagram) }
      }
      if triage {
        model = timer.measure("triage") {
          let warnings = analyzer.triageDiagnostics(
            diagram, prepared: prepared, sourceMap: resolved.sourceMap, files: model.sources)
          return LoadedModel(
            files: model.files, resolved: resolved, diagnostics: model.diagnostics + warnings)
        }
      }
    }
    if warningsAsErrors {
      for index in model.diagnostics.indices where model.diagnostics[index].severity == .warning {
        model.diagnostics[index].severity = .error
      }
    }
    return (model, analyzer, prepared)
  }

  /// Reads the model at `path` itself as it is, and every other file (its includes) only from
  /// inside the include root.
  private func confinedReader(for path: String) -> ModelLoader.Reader {
    let root = IncludeRoot(model: path, override: includeRoot)
    return { file in file == path ? try FileReader.read(file) : try root.read(file) }
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
  func loadModel(
    _ path: String, catalogue: Catalogue, timer: inout PhaseTimer, index: Bool
  ) throws -> ValidModel {
    let (model, analyzer, prepared) = readForAnalysis(
      path, catalogue: catalogue, timer: &timer, index: index)
    if !model.diagnostics.isEmpty { Terminal.writeRenderedDiagnostics(renderDiagnostics(model)) }
    guard !model.hasErrors, let resolved = model.resolved else {
      Terminal.writeError(CheckSummary.line(for: model, path: path) + "\n")
      throw ExitCode(2)
    }
    return ValidModel(
      path: path, diagram: resolved.diagram, sourceMap: resolved.sourceMap, files: model.files,
      analyzer: analyzer, prepared: prepared)
  }
}

/// A model without errors, ready for analysis and drawing.
struct ValidModel {
  var path: String
  var diagram: Diagram
  var sourceMap: SourceMap
  var files: [SourceFile]
  /// The analyser for the catalogue in force.
  var analyzer: Analyzer
  /// The diagram as indexed for the stale-triage check, if loading made one.
  var prepared: PreparedDiagram?

  /// The findings on the diagram, reusing the index loading built when there is one.
  func analyze() -> Analysis {
    prepared.map(analyzer.analyze) ?? analyzer.analyze(diagram)
  }
}
