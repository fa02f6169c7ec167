import DFDLayout
import Foundation
import Pipeline
import Reports
import Testing

/// Every output agrees: one that cannot be written (a folder, a missing folder, an unknown
/// extension) fails with a clear message and exit status 2, as cli.md says, before any work.
struct OutputTargetTests {
  let scratch = Scratch()

  /// The failure `make` throws; nil when it throws none or another error.
  func failure(_ make: () throws -> Void) -> PipelineFailure? {
    do {
      try make()
      return nil
    } catch {
      return error as? PipelineFailure
    }
  }

  @Test func aFolderAsOutputFails() throws {
    let folder = scratch.folder.path
    for made in [
      failure {
        _ = try RenderTarget(output: folder, format: nil, model: "m.dfd", stdoutIsTerminal: false)
      },
      failure { _ = try ReportTarget(output: folder, format: nil, model: "m.dfd") },
      failure {
        _ = try OutputTarget<ThreatsFormat>(
          output: folder, format: nil, default: .table, product: "findings")
      },
    ] {
      let failure = try #require(made)
      #expect(failure.status == 2)
      #expect(failure.text.contains("it is a folder"))
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
  }

  @Test func aMissingFolderFails() throws {
    let path = scratch.path("nowhere/out.svg")
    let made = failure {
      _ = try RenderTarget(output: path, format: nil, model: "m.dfd", stdoutIsTerminal: false)
    }
    let failure = try #require(made)
    #expect(failure.status == 2)
    #expect(failure.text.contains("there is no folder"))
  }

  @Test func anUnknownExtensionNamesTheKnownOnes() throws {
    let path = scratch.path("out.xyz")
    let render = try #require(
      failure {
        _ = try RenderTarget(output: path, format: nil, model: "m", stdoutIsTerminal: false)
      })
    #expect(render.text.contains("known extensions are .svg, .png, .pdf, .dot, .gv;"))
    #expect(render.text.contains("--format (svg, png, pdf, dot)"))
    let report = try #require(
      failure { _ = try ReportTarget(output: path, format: nil, model: "m") })
    #expect(report.text.contains("known extensions are .html, .htm, .md, .markdown;"))
    #expect(report.text.contains("--format (html, markdown)"))
    let threats = try #require(
      failure {
        _ = try OutputTarget<ThreatsFormat>(
          output: path, format: nil, default: .table, product: "findings")
      })
    #expect(
      threats.text.contains("known extensions are .md, .markdown, .json, .csv, .sarif, .txt;"))
    #expect(threats.text.contains("--format (table, json, csv, sarif, markdown)"))
  }

  @Test func binaryOutputToATerminalIsRefused() throws {
    let made = failure {
      _ = try RenderTarget(output: nil, format: .png, model: "m.dfd", stdoutIsTerminal: true)
    }
    #expect(try #require(made).text.contains("refusing to write PNG to a terminal"))
  }

  @Test func anOutputNamingAnInputIsRefused() throws {
    try scratch.write("main.dfd", "service a\n")
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path("link.dfd"), withDestinationPath: "main.dfd")
    let guardian = OutputGuard(
      model: scratch.path("main.dfd"), template: scratch.path("t.mustache"))
    let made = failure { try guardian.check(scratch.path("link.dfd"), writing: "diagram") }
    let refusal = try #require(made)
    #expect(refusal.status == 2)
    #expect(refusal.text.hasPrefix("error: refusing to overwrite the model '"))
    #expect(refusal.text.hasSuffix("with the diagram; choose another -o\n"))
    #expect(failure { try guardian.check(scratch.path("other.svg"), writing: "diagram") } == nil)
  }

  @Test func textIsWrittenAtomically() throws {
    let path = scratch.path("out.json")
    let target = try OutputTarget<ThreatsFormat>(
      output: path, format: nil, default: .table, product: "findings")
    #expect(target.format == .json)
    try target.write("{}\n")
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}\n")
  }
}
