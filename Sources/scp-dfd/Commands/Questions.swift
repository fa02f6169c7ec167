import ArgumentParser
import Pipeline

extension SCPDFD {
  /// `scp-dfd questions MODEL`: the questions to put to suppliers, whose answers settle the
  /// model's presumed findings.
  struct Questions: ParsableCommand {
    static let configuration = CommandConfiguration(
      commandName: "questions",
      abstract: "Write the questions whose answers settle the model's presumed findings.",
      discussion: """
        Most findings on a new model rest on facts nobody has stated yet (default passwords, \
        signed firmware, MFA...). Each such fact becomes one question, asked once of all the \
        elements it concerns, grouped by who must answer (the owner of the element's \
        boundary), with the attribute an answer states and the findings it settles, worst \
        first. Answer by stating the attribute in the model; the next run shows the question \
        gone and its findings confirmed or cleared. Exit status: 0; 2 when the model has \
        errors, --owner names no owner, or the output cannot be written.

        Example:
          $ scp-dfd questions car-park.dfd --owner "ParkSafe Ltd" -o parksafe.html
          $ scp-dfd questions car-park.dfd --format csv -o questions.csv
        """)

    @OptionGroup var input: InputOptions

    @Argument(help: "The model file.")
    var model: String

    @Option(name: .shortAndLong, help: "Output file ('-' for standard output).")
    var output: String?

    @Option(help: "Output format: markdown (default), csv or html; else from the extension of -o.")
    var format: QuestionsFormat?

    @Option(help: "Only the questions for this owner (a boundary's `owner`).")
    var owner: String?

    func run() throws {
      let target = try OutputTarget(
        output: output, format: format, default: .markdown, product: "questions")
      let catalogue = try input.catalogue()
      let loaded = try input.loadModel(model, catalogue: catalogue)
      try input.inputs(of: loaded).check(target.path, writing: "questions")
      let pack = try QuestionsOutput.checkedPack(loaded, catalogue: catalogue, owner: owner)
      try target.write(QuestionsOutput.render(pack, as: target.format))
    }
  }
}

extension QuestionsFormat: ExpressibleByArgument {}
