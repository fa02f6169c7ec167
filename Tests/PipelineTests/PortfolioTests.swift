import DFDModel
import Foundation
import Pipeline
import Reports
import Testing
import ThreatEngine

/// Many models at once: folders expanded, fragments left out, order kept, summaries counted.
@Suite struct PortfolioTests {
  static let model = """
    sensor aq "Air-quality sensor"
    service cms "Management system" [internet-facing]
    aq -> cms "Readings" [protocol: mqtt]
    """

  @Test func aFolderStandsForItsModelsButNotTheFragmentsTheyInclude() async throws {
    let scratch = Scratch()
    try scratch.write("city/b.dfd", Self.model)
    try scratch.write("city/a.dfd", "include \"shared/users.dfd\"\n" + Self.model)
    try scratch.write("city/shared/users.dfd", "user operator \"Operator\"\n")
    try scratch.write("city/.hidden/x.dfd", Self.model)
    try scratch.write("city/notes.txt", "not a model")
    let files = try Portfolio.files([scratch.path("city")])
    #expect(files.paths.map { $0.hasSuffix("/city/a.dfd") } == [true, false, false])
    #expect(files.paths.count == 3)
    let entries = await Portfolio.read(files, with: ModelReader(catalogue: .builtIn))
    #expect(entries.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["a.dfd", "b.dfd"])
  }

  @Test func aNamedFileIsKeptEvenWhenAnotherModelIncludesIt() async throws {
    let scratch = Scratch()
    try scratch.write("a.dfd", "include \"users.dfd\"\n" + Self.model)
    try scratch.write("users.dfd", "user operator \"Operator\"\n")
    let files = try Portfolio.files([scratch.path("a.dfd"), scratch.path("users.dfd")])
    #expect(!files.isOneFile)
    let entries = await Portfolio.read(files, with: ModelReader(catalogue: .builtIn))
    #expect(entries.count == 2)
  }

  @Test func aFolderWithoutModelsIsAnError() throws {
    let scratch = Scratch()
    try scratch.write("empty/readme.txt", "")
    #expect(throws: PipelineFailure.self) { try Portfolio.files([scratch.path("empty")]) }
  }

  @Test func oneFileIsNotAPortfolioAndRepeatsAreReadOnce() throws {
    let scratch = Scratch()
    try scratch.write("a.dfd", Self.model)
    #expect(try Portfolio.files([scratch.path("a.dfd")]).isOneFile)
    let twice = try Portfolio.files([scratch.path("a.dfd"), scratch.path("a.dfd")])
    #expect(twice.isOneFile)
  }

  @Test func entriesKeepTheOrderGivenAndBrokenModelsHaveNoSummary() async throws {
    let scratch = Scratch()
    let names = (0..<12).map { "m\($0).dfd" }
    for name in names { try scratch.write(name, Self.model) }
    try scratch.write("broken.dfd", "sensor aq \"x\"\naq -> nowhere \"y\"\n")
    let paths = names.map(scratch.path) + [scratch.path("broken.dfd")]
    let entries = await Portfolio.read(
      Portfolio.Files(paths: paths), with: ModelReader(catalogue: .builtIn)
    ) { valid in
      ModelSummary(path: valid.path, diagram: valid.diagram, findings: valid.analyze().findings)
    }
    #expect(entries.map(\.path) == paths)
    #expect(entries.dropLast().allSatisfy { $0.summary != nil })
    #expect(entries.last?.summary == nil)
    #expect(entries.last?.model.hasErrors == true)
  }

  @Test func theSummaryCountsOpenFindingsBySeverityBasisAndGate() throws {
    let scratch = Scratch()
    try scratch.write("a.dfd", Self.model)
    let valid = try #require(ModelReader(catalogue: .builtIn).read(scratch.path("a.dfd")).valid)
    let findings = valid.analyze().findings
    let summary = ModelSummary(
      path: "a.dfd", diagram: valid.diagram, findings: findings,
      gate: SeverityGate(threshold: .high), scoped: findings)
    let open = findings.filter(\.status.isOpen)
    #expect(summary.elements == 2 && summary.flows == 1)
    #expect(summary.critical + summary.high + summary.medium + summary.low == open.count)
    #expect(summary.confirmed + summary.presumed == open.count)
    #expect(summary.high == open.count { $0.severity == .high })
    #expect(summary.failing == open.count { $0.severity >= .high })
    #expect(summary.passes == (summary.failing == 0))
  }
}

/// The portfolio's outputs: one row per model, hostile paths escaped for each context.
@Suite struct PortfolioWriterTests {
  static let summary = ModelSummary(
    path: "=HYPERLINK(\"x\")|`a`\u{1B}[31m.dfd", diagram: Diagram(), findings: [],
    gate: SeverityGate(threshold: .high))

  @Test func csvGuardsFormulasAndQuotes() {
    let csv = PortfolioWriter.csv([Self.summary], invalid: ["-bad.dfd"])
    let lines = csv.components(separatedBy: "\r\n")
    #expect(lines[0].hasPrefix("Model,Elements,Flows,Critical"))
    #expect(lines[1].hasPrefix("\"'=HYPERLINK(\"\"x\"\")"))
    #expect(lines[2].hasPrefix("'-bad.dfd,has errors,"))
    #expect(!csv.contains("\u{1B}"))
  }

  @Test func markdownKeepsEveryPathInOneCell() {
    let markdown = PortfolioWriter.markdown([Self.summary])
    let row = markdown.split(separator: "\n")[2]
    #expect(row.contains("\\|"))
    #expect(row.split(separator: "|", omittingEmptySubsequences: false).count >= 12)
    #expect(row.hasSuffix("| pass |"))
  }

  @Test func tableEscapesTerminalControls() {
    let table = PortfolioWriter.table([Self.summary])
    #expect(!table.contains("\u{1B}"))
    #expect(table.hasPrefix("Model"))
  }

  @Test func jsonIsParseableAndCountsEachModel() throws {
    let json = try PortfolioWriter.json([Self.summary], invalid: ["b.dfd"])
    let object = try #require(
      JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let models = try #require(object["models"] as? [[String: Any]])
    #expect(models.first?["path"] as? String == Self.summary.path)
    #expect(models.first?["failing"] as? Int == 0)
    #expect(object["invalid"] as? [String] == ["b.dfd"])
  }
}
