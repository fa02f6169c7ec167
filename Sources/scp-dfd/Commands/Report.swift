import ArgumentParser
import DFDLayout
import DFDModel
import Foundation
import Pipeline
import Reports
import ThreatEngine

extension SCPDFD {
  /// `scp-dfd report MODEL`: a threat-model report for a design meeting or a wiki.
  struct Report: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "report",
      abstract: "Write a threat-model report: HTML (one self-contained file) or Markdown.",
      discussion: """
        The HTML report holds the model's details, a summary of open findings by STRIDE \
        category and severity, the diagram with threat badges, and every finding with why it \
        fired, mitigations, references and the question to put to the supplier. Click an \
        element or flow to filter the findings; it reads without JavaScript and prints on A4. \
        The Markdown report adds a STRIDE-per-element table for each element and flow with an \
        empty Answer column for the workshop, and links the diagram, written beside it as SVG. \
        --template FILE uses your own Mustache template (see docs/templates.md).

        Examples:
          $ scp-dfd report lighting.dfd -o lighting.html
          $ scp-dfd report lighting.dfd -o wiki/lighting.md      # also writes wiki/lighting.svg
          $ scp-dfd report lighting.dfd -o council.html --template council.html.mustache
        """)

    @OptionGroup var input: InputOptions

    @Argument(help: "The model file.")
    var model: String

    @Option(name: .shortAndLong, help: "Output file ('-' for standard output).")
    var output: String?

    @Option(help: "Output format: html (default) or markdown.")
    var format: ReportFormat?

    @Option(help: "A Mustache template to use instead of the built-in one.")
    var template: String?

    /// Phase times on standard error, for scripts/bench-report.sh.
    @Flag(help: .hidden)
    var timings = false

    func run() async throws {
      var timer = PhaseTimer(enabled: timings)
      let target = try ReportTarget(output: output, format: format, model: model)
      let renderer = try ReportBuilder.renderer(for: target.format, template: template)
      let catalogue = try timer.measure("catalogue") { try input.catalogue() }
      let loaded = try input.loadModel(model, catalogue: catalogue, timer: &timer, index: true)
      try target.check(input.inputs(of: loaded, template: template))
      let analysis = timer.measure("analyse") { loaded.analyze() }
      let built = try ReportBuilder.build(
        loaded, analysis: analysis, catalogue: catalogue, renderer: renderer,
        diagramFile: target.diagramFile, timer: &timer)
      Terminal.writeError(built.warnings)
      try timer.measure("write") {
        try target.write(built.page, svg: built.svg, template: template)
      }
      Terminal.writeError(timer.report())
    }
  }
}

extension ReportFormat: ExpressibleByArgument {}
