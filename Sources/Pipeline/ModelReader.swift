import DFDModel
import DFDParser
import ThreatEngine

/// Reads a model with its includes against a catalogue, checks its triage and says whether it
/// is valid; never prints: diagnostics come back as values.
package struct ModelReader {
  /// The catalogue in force (its vocabulary validates the model; its rules check the triage).
  package var catalogue: Catalogue
  /// The folder that includes must stay inside; nil for the model's git repository, else its
  /// folder.
  package var includeRoot: String?
  /// Whether warnings count as errors.
  package var warningsAsErrors = false
  /// Whether to add a note at each bulk `threat` statement listing what it settled.
  package var verbose = false
  /// Today's date (`YYYY-MM-DD`) against which triage review dates are checked; nil for the
  /// system clock's.
  package var today: String?

  package init(catalogue: Catalogue, includeRoot: String? = nil, warningsAsErrors: Bool = false) {
    self.catalogue = catalogue
    self.includeRoot = includeRoot
    self.warningsAsErrors = warningsAsErrors
  }

  /// What reading a model gave: every diagnostic, and the valid model when there are no errors.
  package struct Result {
    /// The model's files and diagnostics (stale-triage warnings included).
    package var model: LoadedModel
    /// The model ready for analysis and drawing; nil when it has errors.
    package var valid: ValidModel?
  }

  /// Reads, parses and resolves the model at `path`, adding stale-triage warnings when it is
  /// valid.
  ///
  /// With `index`, a valid diagram is always prepared for analysis, timed as the `index` phase;
  /// without it, only when the stale-triage check evaluates rules. Reading is timed as `load`,
  /// the check as `triage`. `reader`, when given, reads the model and its includes instead of
  /// the file system (`diff REV:path`, the fuzz harness), and `identify` then says which paths
  /// are one file (by default, none).
  package func read(
    _ path: String, index: Bool = false, timer: inout PhaseTimer,
    reader: ModelLoader.Reader? = nil, identify: ModelLoader.Identifier? = nil
  ) -> Result {
    let analyzer = Analyzer(catalogue: catalogue)
    var prepared: PreparedDiagram?
    // A reader of its own (a git revision) names files by path; files are known by identity.
    var identify = identify
    if reader == nil { identify = { FileReader.identity($0) } }
    let read: ModelLoader.Reader = reader ?? confinedReader(for: path)
    var model = timer.measure("load") {
      ModelLoader.load(path, vocabulary: catalogue.vocabulary, read: read, identify: identify)
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
            diagram, prepared: prepared, sourceMap: resolved.sourceMap, files: model.sources,
            coverage: verbose)
          let lapsed = ReviewDates.lapsed(
            diagram, sourceMap: resolved.sourceMap, files: model.sources,
            today: today ?? ReviewDates.today())
          return LoadedModel(
            files: model.files, resolved: resolved,
            diagnostics: model.diagnostics + warnings + lapsed)
        }
      }
    }
    if warningsAsErrors {
      for index in model.diagnostics.indices where model.diagnostics[index].severity == .warning {
        model.diagnostics[index].severity = .error
      }
    }
    guard !model.hasErrors, let resolved = model.resolved else { return Result(model: model) }
    let valid = ValidModel(
      path: path, diagram: resolved.diagram, sourceMap: resolved.sourceMap, files: model.files,
      analyzer: analyzer, prepared: prepared)
    return Result(model: model, valid: valid)
  }

  /// Reads the model at `path` as `read(_:index:timer:reader:)` does, untimed.
  package func read(_ path: String, index: Bool = false) -> Result {
    var timer = PhaseTimer(enabled: false)
    return read(path, index: index, timer: &timer)
  }

  /// Reads the model at `path` itself as it is, and every other file (its includes) only from
  /// inside the include root.
  private func confinedReader(for path: String) -> ModelLoader.Reader {
    let root = IncludeRoot(model: path, override: includeRoot)
    return { file in file == path ? try FileReader.read(file) : try root.read(file) }
  }
}
