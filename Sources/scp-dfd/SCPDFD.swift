import ArgumentParser
import DFDLayout
import Foundation

/// The `scp-dfd` command: threat modelling for connected places, from text.
@main
struct SCPDFD: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scp-dfd",
    abstract: "Threat modelling for connected places: data-flow diagrams as text, STRIDE by rule.",
    version: version,
    subcommands: [
      Check.self, Threats.self, Render.self, Report.self, Diff.self, Fmt.self,
      Watch.self, Serve.self, CatalogueCommand.self, Import.self, Export.self,
    ]
  )

  /// The tool's version, as reports and `--version` give it.
  static let version = "0.1.0"

  /// Parses and runs the command as `ParsableCommand.main()` does, with Graphviz setting
  /// itself up meanwhile when a diagram will be laid out; every way out waits for that set-up.
  static func main() {
    if let format = EarlyWarmUp.format(
      for: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)
    {
      DiagramRenderer.warmUp(for: format)
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      DiagramRenderer.finishWarmUp()
      exit(withError: error)
    }
    DiagramRenderer.finishWarmUp()
  }
}
