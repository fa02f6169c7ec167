import Foundation
import Testing

/// `render --page` and `--landscape` from the command line (issue 17).
struct RenderViewsCommandTests {
  @Test func unknownPaperExitsTwoWithASuggestion() throws {
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "--page", "a44"], in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stderr.contains("error: --page: no paper size 'a44' (one of a4, a3)"))
    #expect(result.stderr.contains("did you mean 'a4'?"))
    #expect(result.stdout.isEmpty)
  }

  @Test func directionIsReadInEitherCase() throws {
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "--direction", "tb", "--format", "dot"],
      in: Binary.root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("rankdir=\"TB\""))
    let wrong = try Binary.run(
      ["render", "samples/street-lighting.dfd", "--direction", "up", "--format", "dot"],
      in: Binary.root)
    #expect(wrong.status == 64, "argument-parser's usage error")
  }

  @Test func landscapeWithoutPageExitsTwo() throws {
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "--landscape"], in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stderr.contains("--landscape turns the --page paper"))
  }

  @Test func splitPDFHasAllPagesOnA4() throws {
    let folder = try RenderTests.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("city.pdf").path
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "--page", "a4", "-o", output], in: Binary.root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("note: the diagram does not fit one A4 page"))
    let pdf = try String(decoding: Data(contentsOf: URL(fileURLWithPath: output)), as: UTF8.self)
    let portrait = pdf.components(separatedBy: "/MediaBox [ 0 0 595.28 841.89 ]").count - 1
    // A page printing below 7 pt on portrait A4 is turned where that prints larger.
    let landscape = pdf.components(separatedBy: "/MediaBox [ 0 0 841.89 595.28 ]").count - 1
    let pages = portrait + landscape
    #expect(pages > 7, "split by nested boundaries too")
    #expect(landscape >= 1 && landscape < portrait)
    #expect(result.stderr.contains(" pt, landscape)"))
    // Every page holds 7 pt: a boundary with nothing nested left is cut in pieces.
    #expect(!result.stderr.contains("warning:"), "\(result.stderr)")
    #expect(result.stderr.contains("wrote \(pages) pages: 1 Overview ("))
    #expect(result.stderr.contains(" › "), "a nested boundary's page")
    // Each page is placed at scale 1: the size measured is the size printed (Graphviz's own
    // PDF margin once shrank every page by another 12 %).
    #expect(pdf.components(separatedBy: "\nq 1 0 0 1 ").count - 1 == pages)
  }

  @Test func splitPNGIsOneFilePerPage() throws {
    let folder = try RenderTests.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("city.png").path
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "--page", "a3", "-o", output], in: Binary.root)
    #expect(result.status == 0, "\(result.stderr)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    #expect(files.first == "city-1.png")
    #expect(files.count > 2 && !files.contains("city.png"))
  }

  @Test func splitToStandardOutputExitsTwo() throws {
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "--page", "a4", "--format", "svg"],
      in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stderr.contains("name the first file with -o"))
    #expect(result.stdout.isEmpty)
  }

  /// A page too big for the paper that cannot be cut further (one element whose 120 flows to
  /// other pages list taller than the paper): a warning naming the page, the size its text
  /// prints at and what to try, and still exit 0 with every page written.
  @Test func pageThatCannotHoldSevenPointsIsReported() throws {
    let folder = try RenderTests.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    var model = "boundary depot \"Depot\" {\n  service hub \"Hub\"\n}\nboundary field \"Field\" {\n"
    for index in 1...120 { model += "  sensor s\(index) \"Sensor \(index)\"\n" }
    model += "}\n"
    // Each flow named differently, so none share a row in the list.
    for index in 1...120 { model += "s\(index) -> hub \"Reading \(index)\"\n" }
    let input = folder.appendingPathComponent("depot.dfd")
    try model.write(to: input, atomically: true, encoding: .utf8)
    let output = folder.appendingPathComponent("depot.pdf").path
    let result = try Binary.run(
      ["render", input.path, "--page", "a4", "-o", output], in: Binary.root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(
      result.stderr.contains("warning: page 2 (Depot) prints its smallest text at "),
      "\(result.stderr)")
    #expect(result.stderr.contains("below 7 pt"))
    // Landscape was tried already (the page is turned where that prints larger).
    #expect(result.stderr.contains("; try --page a3\n"))
    #expect(FileManager.default.fileExists(atPath: output))
  }

  /// `--overview --page` too small for the paper: the warning says the overview is not split,
  /// not that the model lacks boundaries (the overview's nodes stand for them).
  @Test func overviewTooSmallForThePaperSaysTheOverviewIsNotSplit() throws {
    let folder = try RenderTests.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let output = folder.appendingPathComponent("overview.pdf").path
    let result = try Binary.run(
      ["render", "samples/flood-warning.dfd", "--overview", "--page", "a4", "-o", output],
      in: Binary.root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.contains("below 7 pt (the overview is not split); try --page a3"))
    #expect(!result.stderr.contains("boundaries to split it by"))
    #expect(FileManager.default.fileExists(atPath: output))
  }

  @Test func pageWithOverviewFitsTheOverviewOnOnePage() throws {
    let result = try Binary.run(
      ["render", "samples/car-park-cctv.dfd", "--overview", "--page", "a4", "--format", "dot"],
      in: Binary.root)
    #expect(result.status == 0, "\(result.stderr)")
    // A4, turned to landscape where that prints larger; never split.
    #expect(
      result.stdout.contains("size=\"7.26,10.69\"")
        || result.stdout.contains("size=\"10.69,7.26\""))
    #expect(!result.stderr.contains("does not fit"))
    #expect(!result.stdout.contains("p. 2: Legend"))
  }
}
