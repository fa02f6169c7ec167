import DFDParser
import Diagnostics
import Pipeline
import ThreatEngine

/// Runs one fuzz input through every stage that reads untrusted text: the model loader (lexer,
/// parser, includes, resolver, triage check, through the pipeline), the diagnostic renderer, the formatter and the catalogue loader.
///
/// A stage may reject the input, but none may crash, hang or read outside its buffers.
enum FuzzHarness {
  /// A small valid model that the input may include as `common.dfd`.
  static let common = Array("service shared \"Shared\"\ndatabase store\nshared -> store\n".utf8)

  /// Runs every stage on `bytes`.
  static func run(_ bytes: [UInt8]) {
    runModel(bytes)
    runFormatter(bytes)
    runCatalogue(bytes)
  }

  /// The bytes as a model file, `main.dfd`, whose includes resolve in memory: `common.dfd` is a
  /// fixed model, `self.dfd` is the input again under another name (a cycle the loader must see
  /// through), `copy.dfd` is the input again as another file; anything else cannot be read.
  static func runModel(_ bytes: [UInt8]) {
    let read: ModelLoader.Reader = { path in
      switch path {
      case "main.dfd", "self.dfd", "copy.dfd": return bytes
      case "common.dfd": return common
      default: throw FileReadError("no such file")
      }
    }
    var timer = PhaseTimer(enabled: false)
    let result = ModelReader(catalogue: Downstream.catalogue).read(
      "main.dfd", index: true, timer: &timer, reader: read,
      identify: { $0 == "self.dfd" ? "main.dfd" : $0 })
    let model = result.model
    let text = DiagnosticRenderer(files: model.sources, colors: true).render(model.diagnostics)
    precondition(model.diagnostics.isEmpty == text.isEmpty)
    if String(validating: bytes, as: UTF8.self) != nil {
      precondition(
        !model.diagnostics.contains { $0.code == "DFD102" }, "valid UTF-8 reported as invalid")
    }
    if let valid = result.valid { Downstream.run(valid) }
  }

  /// The bytes formatted, when they parse: the result parses cleanly and formats to itself.
  static func runFormatter(_ bytes: [UInt8]) {
    guard let text = ModelFormatter.format(SourceFile(path: "main.dfd", bytes: bytes)).text else {
      return
    }
    let again = ModelFormatter.format(SourceFile(path: "main.dfd", text: text))
    precondition(again.text != nil, "formatted text does not parse: \(again.diagnostics)")
    precondition(again.text == text, "formatting is not idempotent")
  }

  /// The bytes as a YAML catalogue.
  static func runCatalogue(_ bytes: [UInt8]) {
    _ = try? CatalogueLoader(file: "fuzz.yaml").load(String(decoding: bytes, as: UTF8.self))
  }
}
