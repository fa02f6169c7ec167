import Foundation
import LiveReload
import LiveServer
import Pipeline
import Reports
import ThreatEngine

/// Builds the page `serve` shows from the model as it is now: the HTML report, or the
/// diagnostics above the last good report while the model is broken.
///
/// Used by one thread at a time (the first build, then the watcher's thread).
final class LivePreview: @unchecked Sendable {
  let input: InputOptions
  let model: String
  private let renderer: ReportRenderer
  /// The last report made from a valid model.
  private var lastGood: String?
  /// The files the last load read, as they were then.
  private(set) var files: FileSnapshot

  init(input: InputOptions, model: String) throws {
    self.input = input
    self.model = model
    renderer = try ReportBuilder.renderer(for: .html, template: nil)
    files = FileSnapshot([model])
  }

  /// The page as `version`, from the files as they are now.
  func page(version: Int) -> String {
    let load = LiveLoad(model, input: input)
    files = load.files
    var problems = load.diagnostics
    if let (loaded, catalogue) = load.valid {
      if let report = try? report(loaded, catalogue) {
        lastGood = report
        return LivePage.live(report, version: version, diagnostics: nil)
      }
      problems = "error: the diagram could not be laid out; see the terminal\n"
    }
    guard let lastGood else {
      return LivePage.placeholder(version: version, diagnostics: problems, title: model)
    }
    return LivePage.live(lastGood, version: version, diagnostics: problems)
  }

  /// The HTML report, as `report` writes it.
  private func report(_ loaded: ValidModel, _ catalogue: Catalogue) throws -> String {
    let analysis = loaded.analyze()
    let findings = analysis.findings
    let input = ReportBuilder.reportInput(
      loaded, findings, catalogue, coverage: analysis.coverage)
    let drawing = try ReportBuilder.diagram(loaded, findings)
    Terminal.writeError(drawing.warnings)
    let svg = String(decoding: drawing.rendering.data, as: UTF8.self)
    var bytes: [UInt8] = []
    try renderer.prepare(input, withDiagram: true).writePage(svg: svg) {
      bytes.append(contentsOf: $0)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
