import ArgumentParser
import DFDParser
import Pipeline
import ThreatEngine

extension SCPDFD {
  /// `scp-dfd check MODEL...`: parse and validate models, print diagnostics.
  struct Check: AsyncParsableCommand {
    /// How `check` prints its findings.
    enum Format: String, ExpressibleByArgument, CaseIterable {
      case text, json
    }

    static let configuration = CommandConfiguration(
      commandName: "check",
      abstract: "Parse and validate models; print diagnostics.",
      discussion: """
        Reports every error and warning in each model (and the files it includes) with \
        file:line:column, the source line and a suggestion where one is likely. Exit status: \
        0 when every model is valid (warnings allowed), 2 on any error or unreadable file.

        Example:
          $ cat lighting.dfd
          sensor aq "Air-quality sensor"
          gateway gw "LoRaWAN gateway"
          aq -> gq "Readings" [protocol: lorawan]
          $ scp-dfd check lighting.dfd
          lighting.dfd:3:7: error[DFD202]: unknown element 'gq'
            |
          3 | aq -> gq "Readings" [protocol: lorawan]
            |       ^^ not declared in this diagram
            = note: did you mean 'gw'? (declared at 2:9)
          1 error in lighting.dfd
        """)

    @OptionGroup var input: InputOptions

    @Option(
      help: "Output format: text (diagnostics on standard error) or json (on standard output).")
    var format: Format = .text

    @Flag(help: "Also list, at each bulk threat statement, the findings it settles (DFD604 notes).")
    var verbose = false

    @Argument(
      help: """
        The model files to check; a folder stands for every .dfd file under it that no other \
        one includes. Models are checked in parallel.
        """)
    var models: [String]

    func run() async throws {
      let catalogue = try format == .json ? catalogueOrJSON() : input.catalogue()
      var reader = input.reader(catalogue)
      reader.verbose = verbose
      let files = try Portfolio.files(models)
      let results = await Portfolio.read(files, with: reader)
        .map { (path: $0.path, model: $0.model) }
      switch format {
      case .text:
        for (path, model) in results {
          let text = model.diagnostics.isEmpty ? "" : input.renderDiagnostics(model) + "\n"
          Terminal.writeRenderedDiagnostics(text)
          Terminal.writeError(CheckSummary.line(for: model, path: path) + "\n")
        }
        if results.count > 1 { Terminal.writeError(CheckSummary.total(results.map(\.model))) }
      case .json:
        var document = DiagnosticJSON()
        for (path, model) in results { document.add(model, path: path) }
        print(try document.encoded())
      }
      if results.contains(where: { $0.model.hasErrors }) { throw ExitCode(2) }
    }

    /// The catalogue in force; when it cannot be loaded, prints its diagnostic as the JSON
    /// document and exits 2.
    private func catalogueOrJSON() throws -> Catalogue {
      do {
        return try input.catalogueOptions.load()
      } catch {
        var document = DiagnosticJSON()
        document.add(error)
        print(try document.encoded())
        throw ExitCode(2)
      }
    }
  }
}
