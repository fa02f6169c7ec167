import ArgumentParser
import DFDLayout
import DFDModel
import Foundation
import LiveReload
import Pipeline
import Reports
import ThreatEngine

/// What `watch` writes on each change: a diagram as `render` draws it, or a report as
/// `report` writes it, chosen by the output file's extension.
struct WatchRunner {
  enum Product {
    case diagram(RenderTarget)
    case report(ReportTarget)
  }

  let input: InputOptions
  let model: String
  let output: String
  let template: String?
  let product: Product

  /// Refuses (exit 2) standard output and an extension that names neither a diagram nor a
  /// report format.
  init(input: InputOptions, model: String, output: String, template: String?) throws {
    self.input = input
    self.model = model
    self.output = output
    self.template = template
    if output == "-" {
      throw OutputTarget<RenderFormat>.fail("watch writes a file: name it with -o FILE")
    }
    if let format: RenderFormat = FileFormats.format(ofFile: output) {
      product = .diagram(
        try RenderTarget(output: output, format: format, model: model, stdoutIsTerminal: false))
    } else if let format: ReportFormat = FileFormats.format(ofFile: output) {
      product = .report(try ReportTarget(output: output, format: format, model: model))
    } else {
      let known =
        FileFormats.extensions(of: RenderFormat.self)
        + FileFormats.extensions(of: ReportFormat.self)
      throw OutputTarget<RenderFormat>.fail(
        "cannot tell what to write to '\(output)': known extensions are "
          + known.joined(separator: ", "))
    }
  }

  /// Loads the model and, when it is valid, re-writes the output; returns the files to watch,
  /// as they were when read.
  ///
  /// A broken model, template or layout leaves the last good output as it was.
  func pass() throws -> FileSnapshot {
    let load = LiveLoad(model, input: input, template: template)
    guard let (loaded, catalogue) = load.valid else {
      Terminal.writeErrorLine("kept the last good \(output)")
      return load.files
    }
    try input.inputs(of: loaded, template: template).check(output, writing: "output")
    do {
      try write(loaded, catalogue)
      Terminal.writeErrorLine("wrote \(output)")
    } catch let failure as PipelineFailure {
      Terminal.writeError(failure.text)
      Terminal.writeErrorLine("kept the last good \(output)")
    } catch is ExitCode {
      Terminal.writeErrorLine("kept the last good \(output)")
    }
    return load.files
  }

  private func write(_ loaded: ValidModel, _ catalogue: Catalogue) throws {
    let analysis = loaded.analyze()
    let findings = analysis.findings
    switch product {
    case .diagram(let target):
      var options = DiagramOptions(
        name: URL(fileURLWithPath: model).deletingPathExtension().lastPathComponent)
      options.preset = LayoutCost(loaded.diagram).preset
      let drawing = try DiagramDrawer.draw(
        loaded.diagram, findings: findings, facts: loaded.flowFacts(),
        numbers: FlowNumbers(loaded.diagram), options: options, as: target.format)
      Terminal.writeError(drawing.warnings)
      try target.write(drawing.rendering.data)
    case .report(let target):
      let renderer = try ReportBuilder.renderer(for: target.format, template: template)
      let report = ReportBuilder.reportInput(
        loaded, findings, catalogue, coverage: analysis.coverage)
      let drawing = try ReportBuilder.diagram(loaded, findings)
      Terminal.writeError(drawing.warnings)
      let svg = String(decoding: drawing.rendering.data, as: UTF8.self)
      let prepared = renderer.prepare(report, withDiagram: true, diagramFile: target.diagramFile)
      try target.write(prepared, svg: svg, template: template)
    }
  }
}
