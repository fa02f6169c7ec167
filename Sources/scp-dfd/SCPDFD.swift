import ArgumentParser
import DFDModel
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
      // Help and version are the parser's own text; an error may quote an argument, so it goes
      // through `Terminal`, which makes control characters visible.
      let status = exitCode(for: error)
      guard status != .success else { exit(withError: error) }
      if let hint = commandHint(for: Array(CommandLine.arguments.dropFirst())) {
        Terminal.writeError(hint + "\n  See 'scp-dfd --help' for the commands.\n")
      } else {
        let message = fullMessage(for: error)
        if !message.isEmpty { Terminal.writeError(message + "\n") }
      }
      Foundation.exit(status.rawValue)
    }
  }

  /// For a first argument that is neither an option nor a command but reads as a misspelt
  /// command, what to say instead of the parser's "2 unexpected arguments: 'rendr', 'm.dfd'".
  static func commandHint(for arguments: [String]) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
    let names = configuration.subcommands.map { $0._commandName }
    guard !names.contains(first), let name = Suggestion.closest(to: first, in: names) else {
      return nil
    }
    return "Error: no command '\(first)'; did you mean '\(name)'?"
  }
}
