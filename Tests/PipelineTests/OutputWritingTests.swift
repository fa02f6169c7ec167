import DFDLayout
import Foundation
import Pipeline
import Reports
import Testing
import ThreatEngine

/// Every command's output file, in process: an output that names an input is refused, a failed
/// write is a failure with exit status 2, and the report and question pack land where `-o`
/// says. (EndToEndTests.OutputSafetyTests keeps a whole failed run leaving the output alone.)
struct OutputWritingTests {
  let scratch = Scratch()
  static let lighting = sample("street-lighting.dfd")

  static let common = "database db \"Store\"\n"
  static let main =
    "include \"common.dfd\"\nservice api \"API\"\napi -> db \"Write\" [protocol: https]\n"

  /// The value after `option` in `arguments`.
  static func value(_ option: String, in arguments: [String]) -> String? {
    arguments.firstIndex(of: option).map { arguments[$0 + 1] }
  }

  @Test(arguments: [
    ["render", "main.dfd", "--format", "dot", "-o", "common.dfd"],
    ["render", "main.dfd", "--format", "svg", "-o", "./sub/../common.dfd"],
    ["render", "main.dfd", "--format", "dot", "-o", "link.dfd"],
    ["report", "main.dfd", "--format", "html", "-o", "common.dfd"],
    ["report", "main.dfd", "--format", "markdown", "-o", "link.dfd"],
    ["render", "main.dfd", "--format", "dot", "--catalogue", "extra.yaml", "-o", "extra.yaml"],
    ["report", "main.dfd", "--format", "html", "--template", "t.mustache", "-o", "t.mustache"],
    ["report", "main.dfd", "--format", "markdown", "-o", "common.md"],
  ])
  func outputNamingAnInputIsRefused(_ arguments: [String]) throws {
    try scratch.write("main.dfd", Self.main)
    try scratch.write("common.dfd", Self.common)
    try scratch.write("extra.yaml", "protocols:\n  zigbee: {medium: radio}\n")
    try scratch.write("t.mustache", "{{title}}\n")
    try scratch.makeFolder("sub")
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path("link.dfd"), withDestinationPath: "common.dfd")
    // common.md's diagram would be common.svg: make that an input too, through a hard link.
    try FileManager.default.linkItem(
      atPath: scratch.path("common.dfd"), toPath: scratch.path("common.svg"))
    let model = scratch.path("main.dfd")
    let output = scratch.folder.path + "/" + (Self.value("-o", in: arguments) ?? "")
    let catalogues = Self.value("--catalogue", in: arguments).map { [scratch.path($0)] } ?? []
    let template = Self.value("--template", in: arguments).map(scratch.path)
    let loaded = try valid(model, catalogue: try CatalogueReader.load(catalogues))
    let inputs = OutputGuard(
      model: model, files: loaded.files, catalogues: catalogues, template: template)
    let format = Self.value("--format", in: arguments)
    let failure = pipelineFailure {
      if arguments[0] == "render" {
        let target = try RenderTarget(
          output: output, format: format.flatMap(RenderFormat.init), model: model,
          stdoutIsTerminal: false)
        try inputs.check(target.path, writing: "diagram")
      } else {
        let target = try ReportTarget(
          output: output, format: format.flatMap(ReportFormat.init), model: model)
        try target.check(inputs)
      }
    }
    #expect(failure?.status == 2, "\(arguments)")
    #expect(failure?.text.contains("error: refusing to overwrite ") == true, "\(arguments)")
    for (name, text) in [
      ("common.dfd", Self.common), ("main.dfd", Self.main),
      ("extra.yaml", "protocols:\n  zigbee: {medium: radio}\n"), ("t.mustache", "{{title}}\n"),
    ] {
      #expect(try String(contentsOfFile: scratch.path(name), encoding: .utf8) == text)
    }
  }

  /// Writes the sample as `command -o output [--format format]` does; the failure, if any.
  static func write(_ command: String, to output: String, format: String? = nil) async throws
    -> PipelineFailure?
  {
    let loaded = try valid(lighting)
    do {
      switch command {
      case "render":
        let target = try RenderTarget(
          output: output, format: format.flatMap(RenderFormat.init), model: lighting,
          stdoutIsTerminal: false)
        let request = DiagramRequest()
        try target.write(
          try request.draw(try request.view(of: loaded), as: target.format).rendering.data)
      case "report":
        let target = try ReportTarget(
          output: output, format: format.flatMap(ReportFormat.init), model: lighting)
        try writeReport(loaded, to: target)
      default:
        let target = try OutputTarget<ThreatsFormat>(
          output: output, format: format.flatMap(ThreatsFormat.init), default: .table,
          product: "findings")
        try target.write { output in
          FindingsOutput.write(
            loaded.analyze().findings, of: loaded, catalogue: .builtIn, as: target.format,
            FindingsOutput.Options(width: 100, colors: false), to: output)
        }
      }
      return nil
    } catch let failure as PipelineFailure {
      return failure
    }
  }

  // A read-only folder: the temporary file cannot be made (root ignores the permission).
  @Test(
    .enabled(if: getuid() != 0, "root writes into read-only folders"),
    arguments: [("render", "out.svg"), ("report", "out.html"), ("threats", "out.json")])
  func aFailedWriteIsAFailure(_ command: String, _ file: String) async throws {
    try scratch.makeFolder("locked")
    chmod(scratch.path("locked"), 0o555)
    defer { chmod(scratch.path("locked"), 0o755) }
    let failure = try await Self.write(command, to: scratch.path("locked/\(file)"))
    #expect(failure?.status == 2)
    #expect(failure?.text.contains("error: cannot write") == true, "\(failure?.text ?? "none")")
  }

  // /dev/full fails every write with ENOSPC, for root too.
  @Test(
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"),
    arguments: [("render", "svg"), ("report", "html"), ("threats", "json")])
  func aWriteThatFailsIsAFailure(_ command: String, _ format: String) async throws {
    let failure = try await Self.write(command, to: "/dev/full", format: format)
    #expect(failure?.status == 2)
    #expect(failure?.text.contains("error: cannot write /dev/full") == true)
  }

  @Test func reportIsHTMLByTheExtensionAndNamesTheModelAsGiven() async throws {
    let model = relativePath(Self.lighting)
    let out = scratch.path("lighting.html")
    let target = try ReportTarget(output: out, format: nil, model: model)
    #expect(target.format == .html)
    let loaded = try valid(model)
    try writeReport(loaded, to: target)
    let html = try String(contentsOfFile: out, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<h1>Northbridge smart street lighting and air quality</h1>"))
    #expect(html.contains("<tr id=\"finding-1\""))
    // The model path as the user gave it, never made absolute.
    #expect(!model.hasPrefix("/"))
    #expect(html.contains("<dd><code>\(model)</code></dd>"))
    #expect(!html.contains(samplesFolder.path))
    // Only the report is left in the folder: no temporary files.
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path) == ["lighting.html"])
  }

  @Test func reportRefusesToOverwriteTheModel() {
    let failure = pipelineFailure {
      _ = try ReportTarget(output: Self.lighting, format: .html, model: Self.lighting)
    }
    #expect(failure?.status == 2)
    #expect(failure?.text.contains("refusing to overwrite the model") == true)
  }

  @Test func anOwnersPackIsWrittenAsAPageByItsExtension() throws {
    let page = scratch.path("brightway.html")
    let target = try OutputTarget<QuestionsFormat>(
      output: page, format: nil, default: .markdown, product: "questions")
    let pack = try QuestionsOutput.checkedPack(
      try valid(Self.lighting), catalogue: .builtIn, owner: "Brightway Lighting Ltd")
    try target.write(QuestionsOutput.render(pack, as: target.format))
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(html.contains("<h1>Questions for Brightway Lighting Ltd: "))
    #expect(!html.contains("Questions for Northbridge Borough Council"))
    #expect(html.contains("<th class=\"answer\">Answer</th>"))
    #expect(!html.contains("<script"))
  }

  @Test func anUnknownOwnerFailsListingTheOwners() throws {
    let loaded = try valid(Self.lighting)
    let failure = pipelineFailure {
      _ = try QuestionsOutput.checkedPack(
        loaded, catalogue: .builtIn, owner: "Brightway Lighting Lt")
    }
    #expect(failure?.status == 2)
    #expect(failure?.text.contains("did you mean 'Brightway Lighting Ltd'?") == true)
    #expect(failure?.text.contains("'Meshlink Networks Ltd'") == true)
  }
}
