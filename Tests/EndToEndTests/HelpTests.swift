import Testing

// Spawns the binary: `--help` is the argument parser's.
struct HelpTests {
  @Test func helpNamesTheTool() throws {
    let result = try Binary.run(["--help"])
    #expect(result.status == 0)
    #expect(result.stdout.contains("connected places"))
  }

  /// A help text continued over source lines without a trailing `\` keeps the indent as a run
  /// of spaces mid-sentence ("would print         below 7 pt").
  @Test(arguments: [
    "check", "render", "report", "threats", "questions", "serve", "watch", "diff", "fmt",
  ])
  func helpHasNoGapsMidSentence(_ command: String) throws {
    let result = try Binary.run([command, "--help"])
    #expect(result.status == 0)
    // Example models (quoted names) are aligned on purpose.
    let gaps = result.stdout.split(separator: "\n").filter { line in
      !line.contains("\"") && line.contains(/[a-z,.] {3,}[a-z]/)
    }
    #expect(gaps.isEmpty, "\(gaps)")
  }

  /// A misspelt command gets the command it was likely meant to be, not the parser's
  /// "2 unexpected arguments"; a word like no command gets the parser's message.
  @Test func aMisspeltCommandIsNamed() throws {
    let misspelt = try Binary.run(["rendr", "model.dfd"])
    #expect(misspelt.status == 64)
    #expect(misspelt.stderr.contains("no command 'rendr'; did you mean 'render'?"))
    let unknown = try Binary.run(["xyzzy"])
    #expect(unknown.status == 64)
    #expect(!unknown.stderr.contains("did you mean"))
  }
}
