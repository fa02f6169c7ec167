import ArgumentParser
import DFDModel
import Foundation
import Reports
import ThreatEngine

extension SCPDFD {
  /// `scp-dfd threats MODEL`: run the catalogue over a model and list the findings.
  struct Threats: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "threats",
      abstract: "Run the threat rules over a model and list the findings.",
      discussion: """
        Findings are grouped by element, boundary and flow, each with its rule, STRIDE letters, \
        severity and the facts that made it fire. Exit status: 0, or 1 with --fail-on when an \
        open finding is at or above that severity, or 2 when the model or a catalogue has errors.

        Example:
          $ scp-dfd threats lighting.dfd --fail-on high
          sensor aq "Air-quality sensor"
            MEDIUM   SCP-S-002 [SI] Fleet-wide or built-in keys let one captured unit impersonate many
                       because element.category = device (derived: kind sensor); \
        element.per-device-keys = false (assumed)
          ...
          21 findings, 20 open (1 critical, 6 high, 10 medium, 3 low)
        """)

    @OptionGroup var input: InputOptions

    @Argument(help: "The model file.")
    var model: String

    @Option(
      help: "Output format: table, json, csv, sarif (2.1.0) or markdown (for a pull request).")
    var format: ThreatsFormat = .table

    @Option(
      help: "Exit 1 when an open finding has this severity or higher: low, medium, high, critical.")
    var failOn: Severity?

    @Option(help: "Which findings to list: all (default) or open.")
    var status: StatusFilter = .all

    /// Phase times on standard error, for scripts/bench-threats.sh.
    @Flag(help: .hidden)
    var timings = false

    func run() throws {
      var timer = PhaseTimer(enabled: timings)
      let catalogue = try timer.measure("catalogue") { try input.catalogue() }
      let loaded = try input.loadModel(model, catalogue: catalogue, timer: &timer, index: true)
      let analysis = timer.measure("analyse") { loaded.analyze() }
      let findings = status == .open ? analysis.open : analysis.findings
      let text = try timer.measure("render") { try render(findings, loaded, catalogue) }
      timer.measure("write") { print(text, terminator: "") }
      timer.report()
      if let failOn, analysis.open.contains(where: { $0.severity >= failOn }) { throw ExitCode(1) }
    }

    private func render(_ findings: [Finding], _ loaded: ValidModel, _ catalogue: Catalogue) throws
      -> String
    {
      switch format {
      case .json:
        return try FindingsJSON(modelPath: model, catalogue: catalogue, sourceMap: loaded.sourceMap)
          .render(findings, of: loaded.diagram)
      case .csv:
        return CSVWriter().write(ReportRunner.input(loaded, findings, catalogue))
      case .sarif:
        return SARIFWriter().write(ReportRunner.input(loaded, findings, catalogue))
      case .markdown:
        return MarkdownTableWriter().write(ReportRunner.input(loaded, findings, catalogue))
      case .table:
        let colors = Terminal.usesColor(input.color, descriptor: STDOUT_FILENO)
        return FindingsTable(width: Terminal.width(), colors: colors).render(
          findings, of: loaded.diagram)
      }
    }
  }
}

/// The output formats `threats` accepts.
enum ThreatsFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, csv, sarif, markdown
}

/// Which findings `threats` lists.
enum StatusFilter: String, ExpressibleByArgument, CaseIterable {
  case open, all
}

extension Severity: ExpressibleByArgument {}
