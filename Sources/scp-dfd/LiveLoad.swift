import Diagnostics
import Foundation
import LiveReload
import Pipeline
import ThreatEngine

/// One load of the model for `watch` and `serve`: diagnostics printed as `check` prints
/// them, never an exit, and the files to watch until the next load.
struct LiveLoad {
  /// The model, its includes, the catalogue files and the template: what to watch, as they
  /// were when read.
  var files: FileSnapshot
  /// The model when it has no errors, with the catalogue it was checked against.
  var valid: (model: ValidModel, catalogue: Catalogue)?
  /// The diagnostics and the summary line as plain text (for a page), empty when none.
  var diagnostics: String

  /// Loads the catalogues and the model at `path` as `render` and `report` do.
  init(_ path: String, input: InputOptions, template: String? = nil) {
    let catalogues = input.catalogueOptions.catalogues
    let given = [path] + catalogues + (template.map { [$0] } ?? [])
    files = FileSnapshot(given)
    valid = nil
    let catalogue: Catalogue
    do {
      catalogue = try input.catalogueOptions.load()
    } catch {
      Terminal.writeRenderedDiagnostics(
        error.rendered(colors: Terminal.usesColor(input.color)) + "\n")
      diagnostics = error.rendered(colors: false) + "\n"
      return
    }
    let result = input.reader(catalogue).read(path)
    let loaded = result.model
    files = FileSnapshot(given + loaded.files.map(\.path).filter { !given.contains($0) })
    let summary = CheckSummary.line(for: loaded, path: path)
    if !loaded.diagnostics.isEmpty {
      Terminal.writeRenderedDiagnostics(input.renderDiagnostics(loaded) + "\n")
    }
    Terminal.writeError(summary + "\n")
    diagnostics =
      loaded.diagnostics.isEmpty
      ? ""
      : DiagnosticRenderer(files: loaded.sources, colors: false).render(loaded.diagnostics)
        + "\n" + summary + "\n"
    valid = result.valid.map { ($0, catalogue) }
  }
}
