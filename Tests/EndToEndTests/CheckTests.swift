import Foundation
import Testing

struct CheckTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-check-\(UUID())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  func write(_ name: String, _ text: String) throws -> String {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url.path
  }

  @Test func validModelExitsZero() throws {
    _ = try write("ok.dfd", "service a\ndatabase db\na -> db \"Store\"\n")
    let result = try Binary.run(["check", "ok.dfd"], in: folder)
    #expect(result.status == 0)
    #expect(result.stderr == "ok.dfd: no problems\n")
  }

  @Test func errorsExitTwoWithSummary() throws {
    _ = try write(
      "bad.dfd", "service api\ndatabase db\napi -> dbb \"q\"\napi -> db\nsensor lonely\n")
    let result = try Binary.run(["check", "bad.dfd"], in: folder, environment: ["NO_COLOR": "1"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("bad.dfd:3:8: error[DFD202]: unknown element 'dbb'"))
    #expect(result.stderr.contains("= note: did you mean 'db'? (declared at 2:10)"))
    #expect(result.stderr.hasSuffix("1 error, 1 warning in bad.dfd\n"))
    #expect(!result.stderr.contains("\u{1B}["))
  }

  @Test func colourOnlyWhenAskedAndNoColorUnset() throws {
    _ = try write("warn.dfd", "service a\n")
    let forced = try Binary.run(
      ["check", "--color", "always", "warn.dfd"], in: folder, environment: ["NO_COLOR": ""])
    #expect(forced.stderr.contains("\u{1B}["))
    let vetoed = try Binary.run(
      ["check", "--color", "always", "warn.dfd"], in: folder, environment: ["NO_COLOR": "1"])
    #expect(!vetoed.stderr.contains("\u{1B}["))
    #expect(vetoed.status == 0)
  }

  @Test func warningsAsErrors() throws {
    _ = try write("warn2.dfd", "service a\n")
    let result = try Binary.run(["check", "--warnings-as-errors", "warn2.dfd"], in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("error[DFD402]"))
  }

  @Test func unreadablePaths() throws {
    let missing = try Binary.run(["check", "missing.dfd"], in: folder)
    #expect(missing.status == 2)
    #expect(
      missing.stderr.hasPrefix(
        "missing.dfd: error[DFD501]: cannot read 'missing.dfd': no such file\n"))
    let directory = try Binary.run(["check", "."], in: folder)
    #expect(directory.status == 2)
    // A folder stands for the models in it; this one has none.
    #expect(directory.stderr.contains("error: .: no .dfd model in this folder"))
    #expect(!directory.stderr.contains("Fatal"))
  }

  @Test func jsonOutputParses() throws {
    _ = try write("j.dfd", "service api\napi -> dbb\n")
    let result = try Binary.run(["check", "--format", "json", "j.dfd"], in: folder)
    #expect(result.status == 2)
    let object = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
    let items = try #require(object?["diagnostics"] as? [[String: Any]])
    let first = try #require(items.first { $0["code"] as? String == "DFD202" })
    #expect(first["line"] as? Int == 2 && first["column"] as? Int == 8)
    #expect(first["endColumn"] as? Int == 11)
    #expect(first["severity"] as? String == "error")
  }

  @Test func everySampleChecksClean() throws {
    let samples = Binary.root.appendingPathComponent("samples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: samples.path)) ?? []
    for name in names.sorted() where name.hasSuffix(".dfd") {
      let result = try Binary.run(["check", name], in: samples)
      #expect(result.status == 0, "\(name): \(result.stderr)")
    }
  }

  @Test func helpShowsAnExample() throws {
    let result = try Binary.run(["check", "--help"])
    #expect(result.stdout.contains("Example:"))
    #expect(result.stdout.contains("scp-dfd check lighting.dfd"))
  }
}
