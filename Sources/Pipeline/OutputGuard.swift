import DFDParser
import Diagnostics

/// Refuses to write an output over one of the run's inputs: the model, a file it includes, a
/// catalogue or a template, however the path names it (links, `..`, hard links).
package struct OutputGuard {
  /// A file the run reads, and what it is to the run.
  package struct Input {
    var path: String
    var role: String
  }

  package var inputs: [Input]

  /// The model and, once it is loaded, its includes; plus catalogues and a template.
  package init(
    model: String, files: [SourceFile] = [], catalogues: [String] = [], template: String? = nil
  ) {
    inputs = [Input(path: model, role: "the model")]
    for file in files where file.path != model {
      inputs.append(Input(path: file.path, role: "the included file"))
    }
    inputs += catalogues.map { Input(path: $0, role: "the catalogue") }
    if let template { inputs.append(Input(path: template, role: "the template")) }
  }

  /// Throws why, with exit status 2, when `output` is one of the inputs.
  package func check(_ output: String?, writing product: String) throws(PipelineFailure) {
    guard let output else { return }
    for input in inputs where AtomicFile.sameFile(output, input.path) {
      let name = input.path == output ? "'\(output)'" : "'\(input.path)' (as '\(output)')"
      throw .error(
        "refusing to overwrite \(input.role) \(name) with the \(product); choose another -o")
    }
  }
}
