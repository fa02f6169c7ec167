import DFDModel
import DFDParser
import Diagnostics
import Foundation
import Pipeline
import Reports
import Testing

/// What `check` finds, in process: diagnostics, summaries, the JSON document, every sample and
/// folders of models. (EndToEndTests.CheckTests keeps exit statuses, standard error and colour.)
struct CheckFactsTests {
  let scratch = Scratch()

  @Test func aValidModelHasNoProblems() throws {
    try scratch.write("ok.dfd", "service a\ndatabase db\na -> db \"Store\"\n")
    let result = ModelReader(catalogue: .builtIn).read(scratch.path("ok.dfd"))
    #expect(result.valid != nil)
    #expect(result.model.diagnostics.isEmpty)
    #expect(CheckSummary.line(for: result.model, path: "ok.dfd") == "ok.dfd: no problems")
  }

  @Test func warningsAsErrors() throws {
    try scratch.write("warn.dfd", "service a\n")
    #expect(check(scratch.path("warn.dfd")).valid)
    let result = ModelReader(catalogue: .builtIn, warningsAsErrors: true)
      .read(scratch.path("warn.dfd"))
    #expect(result.valid == nil)
    let text = DiagnosticRenderer(files: result.model.sources, colors: false)
      .render(result.model.diagnostics)
    #expect(text.contains("error[DFD402]"))
  }

  @Test func unreadablePaths() throws {
    let missing = scratch.path("missing.dfd")
    let result = check(missing)
    #expect(!result.valid)
    #expect(
      result.text.hasPrefix("\(missing): error[DFD501]: cannot read '\(missing)': no such file\n"))
    // A folder stands for the models in it; this one has none.
    let failure = pipelineFailure { _ = try Portfolio.files([scratch.folder.path]) }
    #expect(failure?.status == 2)
    #expect(failure?.text == "error: \(scratch.folder.path): no .dfd model in this folder\n")
  }

  @Test func jsonDocumentGivesEachDiagnosticsPlace() throws {
    try scratch.write("j.dfd", "service api\napi -> dbb\n")
    let result = ModelReader(catalogue: .builtIn).read(scratch.path("j.dfd"))
    var document = DiagnosticJSON()
    document.add(result.model, path: "j.dfd")
    let object = try JSONSerialization.jsonObject(with: Data(try document.encoded().utf8))
    let items = try #require((object as? [String: Any])?["diagnostics"] as? [[String: Any]])
    let first = try #require(items.first { $0["code"] as? String == "DFD202" })
    #expect(first["line"] as? Int == 2 && first["column"] as? Int == 8)
    #expect(first["endColumn"] as? Int == 11)
    #expect(first["severity"] as? String == "error")
  }

  @Test func everySampleChecksClean() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: samplesFolder.path)
    #expect(names.count { $0.hasSuffix(".dfd") } >= 3)
    for name in names.sorted() where name.hasSuffix(".dfd") {
      let result = check(sample(name))
      #expect(result.valid, "\(name): \(result.text)")
    }
  }

  @Test func aFolderChecksEveryModelButNotTheIncludedFragments() async throws {
    let files = try Portfolio.files([samplesFolder.path])
    let entries = await Portfolio.read(files, with: ModelReader(catalogue: .builtIn))
    let lines = entries.map { CheckSummary.line(for: $0.model, path: $0.path) }
    #expect(lines.contains("\(samplesFolder.path)/include-demo/main.dfd: no problems"))
    #expect(!lines.contains { $0.contains("include-demo/shared") })
    #expect(CheckSummary.total(entries.map(\.model)) == "7 models: 7 valid\n")
  }

  @Test func aBrokenModelInAPortfolioIsListedAsSuch() async throws {
    let lighting = sample("street-lighting.dfd")
    let missing = scratch.path("missing.dfd")
    let files = try Portfolio.files([lighting, missing])
    #expect(!files.isOneFile)
    let entries = await Portfolio.read(files, with: ModelReader(catalogue: .builtIn)) {
      ModelSummary(path: $0.path, diagram: $0.diagram, findings: $0.analyze().findings)
    }
    let invalid = entries.filter { $0.summary == nil }
    #expect(invalid.map(\.path) == [missing])
    let text = PortfolioWriter.table(entries.compactMap(\.summary), invalid: invalid.map(\.path))
    #expect(text.contains(lighting))
    #expect(text.contains(missing) && text.contains("has errors"))
    let diagnostics = DiagnosticRenderer(files: invalid[0].model.sources, colors: false)
      .render(invalid[0].model.diagnostics)
    #expect(diagnostics.contains("error[DFD501]"))
  }
}
