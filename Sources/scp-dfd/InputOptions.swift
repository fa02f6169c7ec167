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

  /// The words models may use.
  var vocabulary: Vocabulary { Catalogue.builtIn.vocabulary }

  /// Reads, parses and resolves the model at `path`; never prints.
  func read(_ path: String) -> LoadedModel {
    var model = ModelLoader.load(path, vocabulary: vocabulary, read: FileReader.read)
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
  func loadModel(_ path: String) throws -> ValidModel {
    let model = read(path)
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
