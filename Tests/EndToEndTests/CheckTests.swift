import Foundation
import Testing

/// Spawns the binary for what only the CLI does in `check`: exit statuses, standard error, colour.
///
/// What each model's diagnostics say: PipelineTests.CheckFactsTests.
struct CheckTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-check-\(UUID())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  func write(_ name: String, _ text: String) throws {
    try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  @Test func exitStatusAndSummaryOnStandardError() throws {
    try write("ok.dfd", "service a\ndatabase db\na -> db \"Store\"\n")
    let valid = try Binary.run(["check", "ok.dfd"], in: folder)
    #expect(valid.status == 0)
    #expect(valid.stderr == "ok.dfd: no problems\n")
    #expect(valid.stdout.isEmpty)
    try write("bad.dfd", "service api\ndatabase db\napi -> dbb \"q\"\napi -> db\nsensor lonely\n")
    let result = try Binary.run(["check", "bad.dfd"], in: folder, environment: ["NO_COLOR": "1"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("bad.dfd:3:8: error[DFD202]: unknown element 'dbb'"))
    #expect(result.stderr.contains("= note: did you mean 'db'? (declared at 2:10)"))
    #expect(result.stderr.hasSuffix("1 error, 1 warning in bad.dfd\n"))
    #expect(!result.stderr.contains("\u{1B}["))
    let strict = try Binary.run(["check", "--warnings-as-errors", "ok.dfd", "bad.dfd"], in: folder)
    #expect(strict.status == 2)
    // Unreadable paths: a missing file, and a folder without models, exit 2 without a crash.
    #expect(try Binary.run(["check", "missing.dfd"], in: folder).status == 2)
    let empty = folder.appendingPathComponent("empty")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    let directory = try Binary.run(["check", "."], in: empty)
    #expect(directory.status == 2)
    #expect(directory.stderr.contains("error: .: no .dfd model in this folder"))
    #expect(!directory.stderr.contains("Fatal"))
  }

  @Test func colourOnlyWhenAskedAndNoColorUnset() throws {
    try write("warn.dfd", "service a\n")
    let forced = try Binary.run(
      ["check", "--color", "always", "warn.dfd"], in: folder, environment: ["NO_COLOR": ""])
    #expect(forced.stderr.contains("\u{1B}["))
    let vetoed = try Binary.run(
      ["check", "--color", "always", "warn.dfd"], in: folder, environment: ["NO_COLOR": "1"])
    #expect(!vetoed.stderr.contains("\u{1B}["))
    #expect(vetoed.status == 0)
  }

  @Test func helpShowsAnExample() throws {
    let result = try Binary.run(["check", "--help"])
    #expect(result.stdout.contains("Example:"))
    #expect(result.stdout.contains("scp-dfd check lighting.dfd"))
  }
}
