import ArgumentParser
import Interop
import OutputEscaping
import Pipeline

extension SCPDFD {
  /// `scp-dfd import threat-dragon|otm FILE [-o OUT.dfd]`: another tool's model as .dfd text.
  struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "import",
      abstract: "Convert a Threat Dragon v2 or Open Threat Model (OTM) file to a .dfd model.",
      discussion: """
        Writes a formatted .dfd model, with comments where something could not be mapped, and \
        prints a warning for each guess (an unknown severity or threat type, a cell left out). \
        A file that is not of the format, or is malformed, is an error naming the JSON path of \
        the problem (exit status 2). docs/interop.md says what maps to what.

        Example:
          $ scp-dfd import threat-dragon payments.json -o payments.dfd
          payments.json: warning: $.detail.diagrams[0].cells[4].data.threats[0]: unknown \
        severity 'TBD' on 'Card API'; read as medium
          $ scp-dfd check payments.dfd
        """)

    @Argument(help: "The format to read: threat-dragon or otm.")
    var format: InteropFormat

    @Argument(help: "The file to import (JSON).")
    var file: String

    @Option(name: .shortAndLong, help: "Where to write the .dfd model (default: standard output).")
    var output: String?

    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
      let catalogue = try catalogueOptions.loadOrExit()
      let context = ImportContext(
        vocabulary: catalogue.vocabulary, rules: Set(catalogue.rules.map(\.id)))
      let model = try InteropIO.importModel(file, format: format, context: context)
      try OutputGuard(model: file).check(output, writing: "imported model")
      try InteropIO.write(Array(model.text.utf8), to: output)
    }
  }
}
