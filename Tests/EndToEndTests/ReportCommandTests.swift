import Foundation
import Testing

/// The command line's part of `report`: files and exit codes.
///
/// The page itself: PipelineTests.ReportBuilderTests.
struct ReportCommandTests {
  let sample = "samples/street-lighting.dfd"

  private func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("scp-dfd-report-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func htmlByDefaultFromTheExtension() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("lighting.html")
    let result = try Binary.run(["report", sample, "-o", out.path], in: Binary.root)
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOf: out, encoding: .utf8)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<h1>Northbridge smart street lighting and air quality</h1>"))
    #expect(html.contains("<tr id=\"finding-1\""))
    // The model path as the user gave it, never made absolute.
    #expect(html.contains("<dd><code>samples/street-lighting.dfd</code></dd>"))
    #expect(!html.contains(Binary.root.path + "/samples"))
    // Only the report is left in the folder: no temporary files.
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["lighting.html"])
  }

  @Test func brokenTemplateIsAnInputError() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let template = folder.appendingPathComponent("broken.mustache")
    try "{{#findings}}unclosed".write(to: template, atomically: true, encoding: .utf8)
    let result = try Binary.run(["report", sample, "--template", template.path], in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stderr.contains("error:"))
    let missing = try Binary.run(["report", sample, "--template", "/nonexistent"], in: Binary.root)
    #expect(missing.status == 2)
  }

  @Test func refusesToOverwriteTheModel() throws {
    let result = try Binary.run(
      ["report", sample, "--format", "html", "-o", sample], in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stderr.contains("refusing to overwrite the model"))
  }
}
