import ArgumentParser
import DFDModel
import Foundation
import OutputEscaping
import Pipeline
import Reports
import ThreatEngine

extension SCPDFD {
  /// `scp-dfd threats MODEL...`: run the catalogue over a model and list the findings, or
  /// summarise several models.
  struct Threats: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "threats",
      abstract: "Run the threat rules over a model and list the findings.",
      discussion: """
        Findings are grouped by element, boundary and flow, each with its rule, STRIDE letters, \
        severity and the facts that made it fire. --status, --element, --boundary, --rule and \
        --min-severity narrow the list; each may be repeated, and a finding is listed when it \
        matches one value of every option given. -o FILE writes the list atomically, in the \
        format its extension names (.txt, .json, .csv, .sarif, .md) unless --format is given.

        Several models, or a folder (every .dfd file under it that no other one includes), \
        give one summary row per model instead (elements, flows, open findings by severity, \
        confirmed and presumed, triaged, and the --fail-on gate), as a table, markdown, csv or \
        json; the models are read and analysed in parallel.

        Exit status: 0; or 1 with --fail-on when an open finding at or above that severity is \
        among those --element, --boundary and --rule select (the failing findings are listed \
        on standard error); or 2 when the model or a catalogue has errors, an option names \
        something that is not there, or the output cannot be written.

        Example:
          $ scp-dfd threats lighting.dfd --fail-on high
          sensor aq "Air-quality sensor"
            MEDIUM   SCP-S-002 [SI] Fleet-wide or built-in keys let one captured unit impersonate many
                       because element.category = device (derived: kind sensor); \
        element.per-device-keys = false (assumed)
          ...
          21 findings, 20 open (1 critical, 6 high, 10 medium, 3 low)
          $ scp-dfd threats lighting.dfd --boundary street --status open,accepted -o street.csv
          $ scp-dfd threats lighting.dfd --rule SCP-T-002 --min-severity high --format json
          $ scp-dfd threats models/ --fail-on high --format markdown
        """)

    @OptionGroup var input: InputOptions

    @Argument(help: "The model file; or several files or folders, for a summary per model.")
    var models: [String]

    /// The one model named, when there is one.
    var model: String { models[0] }

    @Option(name: .shortAndLong, help: "Output file ('-' for standard output).")
    var output: String?

    @Option(
      help: """
        Output format: table (default), json, csv, sarif (2.1.0) or markdown (for a pull \
        request); else from the extension of -o.
        """)
    var format: ThreatsFormat?

    @Option(
      help: "Exit 1 when an open finding has this severity or higher: low, medium, high, critical.")
    var failOn: Severity?

    @Option(
      help: """
        Which findings to list by triage status: \
        \(FindingFilter.statusNames.joined(separator: ", ")) (default all); repeat the option \
        or separate statuses with commas.
        """)
    var status: [String] = []

    @Option(help: "List only findings about this element and the flows to and from it.")
    var element: [String] = []

    @Option(
      help: "List only findings about this boundary, the elements inside it and their flows.")
    var boundary: [String] = []

    @Option(help: "List only findings of this rule.")
    var rule: [String] = []

    @Option(help: "List only findings of this severity or higher: low, medium, high, critical.")
    var minSeverity: Severity?

    @Option(
      help: "stride (default) or privacy: only privacy findings, by LINDDUN category.")
    var lens: FindingsLens = .stride

    /// Phase times on standard error, for scripts/bench-threats.sh.
    @Flag(help: .hidden)
    var timings = false

    func run() async throws {
      let files = try Portfolio.files(models)
      if files.isOneFile {
        try runOne()
      } else {
        try await runPortfolio(files)
      }
    }

    /// Lists the findings of the one model.
    private func runOne() throws {
      var timer = PhaseTimer(enabled: timings)
      let target = try OutputTarget(
        output: output, format: format, default: .table, product: "findings")
      let filter = try findingFilter()
      let catalogue = try timer.measure("catalogue") { try input.catalogue() }
      let loaded = try input.loadModel(model, catalogue: catalogue, timer: &timer, index: true)
      try checkNames(loaded, filter, catalogue, writing: target.path)
      // The gate is decided first, so that the analysis's findings can be filtered in place.
      var (findings, gateFailure) = timer.measure("analyse") { () -> ([Finding], String?) in
        let analysis = loaded.analyze()
        return (analysis.findings, failOn.flatMap { gate($0, analysis, filter, loaded.diagram) })
      }
      filter.apply(to: &findings, in: loaded.diagram)
      findings = lens.apply(findings)
      let options = options(loaded, target)
      try timer.measure("write") {
        try target.write { output in
          FindingsOutput.write(
            findings, of: loaded, catalogue: catalogue, as: target.format, options, to: output)
        }
      }
      Terminal.writeError(timer.report())
      if let gateFailure {
        Terminal.writeError("error: " + Escaping.terminal(gateFailure, keepingLineBreaks: true))
        throw ExitCode(1)
      }
    }

    /// Exits 2 when the output would replace an input, or an option names an element,
    /// boundary or rule that is not there.
    private func checkNames(
      _ loaded: ValidModel, _ filter: FindingFilter, _ catalogue: Catalogue, writing path: String?
    ) throws {
      try input.inputs(of: loaded).check(path, writing: "findings")
      let known = catalogue.rules.map(\.id)
      if let unknown = filter.unknownNames(in: loaded.diagram, knownRules: known).first {
        throw PipelineFailure.unknownName(unknown, model: model)
      }
    }

    /// How the findings are written: the table fits and colours the terminal, and ends with the
    /// attack paths under the STRIDE lens.
    private func options(_ loaded: ValidModel, _ target: OutputTarget<ThreatsFormat>)
      -> FindingsOutput.Options
    {
      let colors = target.path == nil && Terminal.usesColor(input.color, descriptor: STDOUT_FILENO)
      let listsPaths = target.format == .table || target.format == .json
      let paths = listsPaths && lens == .stride ? loaded.attackPaths() : []
      return FindingsOutput.Options(
        width: Terminal.width(), colors: colors, lens: lens, attackPaths: paths)
    }

    /// The filter the options ask for; exits 2 on a status it does not know.
    func findingFilter() throws -> FindingFilter {
      let statuses: Set<TriageStatus>?
      do {
        statuses = try FindingFilter.statuses(from: status)
      } catch {
        throw PipelineFailure.unknownName(error, model: model)
      }
      return FindingFilter(
        statuses: statuses, minimumSeverity: minSeverity, rules: rule, elements: element,
        boundaries: boundary)
    }

    /// Why the `--fail-on` gate fails (the open findings in the filter's scope at `threshold`
    /// or above), or nil when it passes.
    private func gate(
      _ threshold: Severity, _ analysis: Analysis, _ filter: FindingFilter, _ diagram: Diagram
    ) -> String? {
      let gate = SeverityGate(threshold: threshold)
      let failing = gate.failing(filter.scope.apply(analysis.findings, in: diagram))
      return failing.isEmpty ? nil : gate.explanation(of: failing, in: diagram)
    }
  }
}

extension ThreatsFormat: ExpressibleByArgument {}

extension Severity: ExpressibleByArgument {}

extension FindingsLens: ExpressibleByArgument {}
