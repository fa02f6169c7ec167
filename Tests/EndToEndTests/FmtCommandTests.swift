import Foundation
import Testing

/// Spawns the binary for `fmt`'s files: rewritten in place, `--check`, standard input, exits.
///
/// What one model formats to: PipelineTests.ModelFormattingTests.
struct FmtCommandTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scp-dfd-fmt-\(UUID())")
    try? FileManager.default.createDirectory(
      at: url.appendingPathComponent("shared"), withIntermediateDirectories: true)
    return url
  }()

  static let messy = "service  api 'API';database db\nflow api->db [protocol:postgres]\n"
    .replacingOccurrences(of: "'", with: "\"")
  static let tidy = "service api \"API\"\ndatabase db\napi -> db [protocol: postgres]\n"

  @discardableResult
  func write(_ name: String, _ text: String) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  func read(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  func inode(_ name: String) throws -> Int? {
    try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)[
      .systemFileNumber] as? Int
  }

  @Test func checkListsUnformattedFilesAndWritesNothing() throws {
    try write("messy.dfd", Self.messy)
    try write("tidy.dfd", Self.tidy)
    let result = try Binary.run(["fmt", "--check", "messy.dfd", "tidy.dfd"], in: folder)
    #expect(result.status == 1)
    #expect(result.stdout == "messy.dfd\n")
    #expect(try read("messy.dfd") == Self.messy)
    let clean = try Binary.run(["fmt", "--check", "tidy.dfd"], in: folder)
    #expect(clean.status == 0)
    #expect(clean.stdout.isEmpty && clean.stderr.isEmpty)
  }

  @Test func rewritesOnlyValidFilesThatChange() throws {
    try write("messy.dfd", Self.messy)
    try write("tidy.dfd", Self.tidy)
    let before = try inode("tidy.dfd")
    let result = try Binary.run(["fmt", "messy.dfd", "tidy.dfd"], in: folder)
    #expect(result.status == 0)
    #expect(try read("messy.dfd") == Self.tidy)
    #expect(try inode("tidy.dfd") == before)
    #expect(try Binary.run(["fmt", "--check", "messy.dfd"], in: folder).status == 0)
    // A file with errors is left as it is, the others are still formatted, and the exit is 2.
    let broken = "service  api\napi -> dbb\n"
    try write("broken.dfd", broken)
    try write("messy.dfd", Self.messy)
    let mixed = try Binary.run(
      ["fmt", "broken.dfd", "messy.dfd"], in: folder, environment: ["NO_COLOR": "1"])
    #expect(mixed.status == 2)
    #expect(mixed.stderr.contains("broken.dfd:2:8: error[DFD202]: unknown element 'dbb'"))
    #expect(try read("broken.dfd") == broken)
    #expect(try read("messy.dfd") == Self.tidy)
    try write("warning.dfd", "service  lonely\n")
    let strict = try Binary.run(["fmt", "--warnings-as-errors", "warning.dfd"], in: folder)
    #expect(strict.status == 2)
    #expect(try read("warning.dfd") == "service  lonely\n")
    let missing = try Binary.run(["fmt", "missing.dfd"], in: folder)
    #expect(missing.status == 2)
    #expect(missing.stderr.contains("cannot read 'missing.dfd'"))
  }

  @Test func standardInputToStandardOutput() throws {
    let result = try Binary.run(["fmt"], in: folder, input: Data(Self.messy.utf8))
    #expect(result.status == 0)
    #expect(result.stdout == Self.tidy)
    let dash = try Binary.run(["fmt", "-", "--check"], in: folder, input: Data(Self.messy.utf8))
    #expect(dash.status == 1)
    #expect(dash.stdout == "<stdin>\n")
  }
}
