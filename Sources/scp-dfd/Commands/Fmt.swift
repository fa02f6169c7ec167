import ArgumentParser

extension SCPDFD {
  /// `scp-dfd fmt MODEL... [--check]`: rewrite models in the canonical layout.
  struct Fmt: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "fmt",
      abstract: "Rewrite models in the canonical layout; --check only reports.",
      discussion: """
        Indents two spaces a boundary level, puts one statement on a line, wraps attribute lists \
        past 100 columns (one attribute a line), quotes strings one way, and keeps comments, \
        single blank lines, includes and \"\"\" strings as they are. Each file is formatted on \
        its own; files it includes are read to check the model but never rewritten. A file is \
        rewritten (atomically) only when it changes, and only when the model it resolves to is \
        unchanged. A file with errors is left as it is, with its diagnostics. '-' or no file \
        reads standard input and writes standard output. Exit status: 0 done (or, with \
        --check, every file formatted); 1 with --check, some file is not formatted (they are \
        listed); 2 a file has errors or cannot be read.

        Example:
          $ cat lighting.dfd
          sensor   aq "Air-quality sensor" ;gateway gw
          flow aq->gw "Readings" [protocol:lorawan]
          $ scp-dfd fmt --check lighting.dfd
          lighting.dfd
          $ scp-dfd fmt lighting.dfd && cat lighting.dfd
          sensor aq "Air-quality sensor"
          gateway gw
          aq -> gw "Readings" [protocol: lorawan]
        """)

    @OptionGroup var input: InputOptions

    @Flag(help: "Write nothing; list the files that are not formatted, and exit 1 if any.")
    var check = false

    @Argument(help: "The model files to format; '-' or none reads standard input.")
    var models: [String] = []

    func run() throws {
      let runner = FormatRunner(input: input, catalogue: try input.catalogue(), check: check)
      let outcomes = (models.isEmpty ? ["-"] : models).map(runner.format)
      if outcomes.contains(.invalid) { throw ExitCode(2) }
      if check && outcomes.contains(.changed) { throw ExitCode(1) }
    }
  }
}
