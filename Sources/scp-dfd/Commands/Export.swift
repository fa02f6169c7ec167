import ArgumentParser
import Interop
import Pipeline

extension SCPDFD {
  /// `scp-dfd export threat-dragon|otm MODEL [-o OUT.json]`: a model and its findings in
  /// another tool's format.
  struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "export",
      abstract: "Write a model and its findings as a Threat Dragon v2 or OTM file.",
      discussion: """
        Threat Dragon: one diagram laid out by scp-dfd's own Graphviz layout, boundaries as \
        boxes, and every finding (triage applied) as a threat on its element or flow, with its \
        status, severity and mitigation. OTM: boundaries as trust zones, elements as \
        components, flows as data flows, findings as threats and mitigations. Findings on \
        boundaries have no place in either format and are counted in a warning.

        Example:
          $ scp-dfd export threat-dragon lighting.dfd -o lighting.json
          $ scp-dfd import threat-dragon lighting.json -o lighting-again.dfd
        """)

    @Argument(help: "The format to write: threat-dragon or otm.")
    var format: InteropFormat

    @Argument(help: "The model to export.")
    var model: String

    @Option(name: .shortAndLong, help: "Where to write the JSON (default: standard output).")
    var output: String?

    @OptionGroup var input: InputOptions

    func run() throws {
      let catalogue = try input.catalogue()
      let loaded = try input.loadModel(model, catalogue: catalogue)
      try OutputGuard(model: model, files: loaded.files).check(output, writing: "export")
      let findings = loaded.analyze().findings
      let (text, leftOut) = try InteropIO.export(loaded.diagram, findings: findings, as: format)
      if leftOut > 0 {
        Terminal.writeError("warning: \(leftOut) findings on boundaries are not exported\n")
      }
      try InteropIO.write(Array(text.utf8), to: output)
    }
  }
}
