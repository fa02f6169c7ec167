import ArgumentParser

/// The `scp-dfd` command: threat modelling for connected places, from text.
@main
struct SCPDFD: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scp-dfd",
    abstract: "Threat modelling for connected places: data-flow diagrams as text, STRIDE by rule.",
    version: version,
    subcommands: [Check.self, Threats.self, Render.self, Report.self, CatalogueCommand.self]
  )

  /// The tool's version, as reports and `--version` give it.
  static let version = "0.1.0"
}
