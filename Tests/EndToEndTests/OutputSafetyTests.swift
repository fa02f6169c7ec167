import Foundation
import Testing

// Spawns the binary: that nothing is written after a failure is the command's order of steps.
/// A run that fails on its model leaves an existing output as it was and makes none: the
/// command stops before it writes. (An output naming an input: PipelineTests.OutputWritingTests.)
struct OutputSafetyTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scp-dfd-out-\(UUID())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  static let common = "database db \"Store\"\n"
  static let main =
    "include \"common.dfd\"\nservice api \"API\"\napi -> db \"Write\" [protocol: https]\n"

  func write(_ name: String, _ text: String) throws {
    try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  func run(_ arguments: [String]) throws -> Binary.Result {
    try Binary.run(arguments, in: folder, environment: ["NO_COLOR": "1"])
  }

  @Test(arguments: [
    ["render", "--format", "svg"], ["render", "--format", "dot"], ["report", "--format", "html"],
    ["report", "--format", "markdown"],
  ])
  func failedRunLeavesTheOutputUntouched(_ command: [String]) throws {
    try write("bad.dfd", "service api\napi -> nowhere\n")
    try write("out.txt", "previous output\n")
    let result = try run([command[0], "bad.dfd"] + command.dropFirst() + ["-o", "out.txt"])
    #expect(result.status == 2)
    #expect(try text("out.txt") == "previous output\n")
    let fresh = try run([command[0], "bad.dfd"] + command.dropFirst() + ["-o", "new.out"])
    #expect(fresh.status == 2)
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("new.out").path))
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
  }
}
