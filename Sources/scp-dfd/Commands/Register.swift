import ArgumentParser
import Pipeline

extension SCPDFD {
  /// `scp-dfd register MODEL`: the model's triaged findings as a corporate risk register.
  struct Register: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "register",
      abstract: "Write the model's triaged findings as a corporate risk register.",
      discussion: """
        One row per finding a threat statement triages (bulk ones included): risk, owner (the \
        owner of the target's boundary), status, by, date, review date, likelihood, impact, \
        score (likelihood × impact: 1-4 low, 5-9 medium, 10-16 high, 20-25 very high), \
        treatment and, for a presumed finding, the question for the supplier. CSV imports \
        into a spreadsheet as it is. Exit status: 0; 2 when the model has errors or the \
        output cannot be written.

        Example:
          $ cat parking.dfd
          ...
          threat SCP-S-005 on kind camera [status: accepted, by: "J. Smith", \
        review: 2026-06-01, likelihood: 3, impact: 4, note: "Vendor rotates on install"]
          $ scp-dfd register parking.dfd -o register.csv
          $ scp-dfd register parking.dfd --format markdown
        """)

    @OptionGroup var input: InputOptions

    @Argument(help: "The model file.")
    var model: String

    @Option(name: .shortAndLong, help: "Output file ('-' for standard output).")
    var output: String?

    @Option(help: "Output format: csv (default) or markdown; else from the extension of -o.")
    var format: RegisterFormat?

    @Flag(help: "Also list open findings that no threat statement triages.")
    var all = false

    func run() throws {
      let target = try OutputTarget(
        output: output, format: format, default: .csv, product: "register")
      let catalogue = try input.catalogue()
      let loaded = try input.loadModel(model, catalogue: catalogue)
      try input.inputs(of: loaded).check(target.path, writing: "register")
      try target.write(
        RegisterOutput.render(
          loaded, catalogue: catalogue, as: target.format, includeUntriaged: all))
    }
  }
}

extension RegisterFormat: ExpressibleByArgument {}
