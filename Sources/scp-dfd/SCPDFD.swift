import ArgumentParser
import Foundation
import Pipeline

/// The `scp-dfd` command: threat modelling for connected places, from text.
@main
struct SCPDFD: AsyncParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scp-dfd",
    abstract: "Threat modelling for connected places: data-flow diagrams as text, STRIDE by rule.",
    version: version,
    subcommands: [
      Check.self, Threats.self, Render.self, Report.self, Questions.self, Register.self, Diff.self,
      Fmt.self,
      Watch.self, Serve.self, CatalogueCommand.self, Import.self, Export.self,
    ]
  )

  /// The tool's version, as reports and `--version` give it.
  static let version = ToolVersion.current

  /// Parses and runs the command as `AsyncParsableCommand.main()` does; a `PipelineFailure`
  /// is printed to standard error and ends the run with its exit status.
  static func main() async {
    do {
      var command = try parseAsRoot()
      if var command = command as? AsyncParsableCommand {
        try await command.run()
      } else {
        try command.run()
      }
    } catch let failure as PipelineFailure {
      Terminal.writeError(failure.text)
      Foundation.exit(failure.status)
    } catch {
      exit(withError: error)
    }
  }
}
