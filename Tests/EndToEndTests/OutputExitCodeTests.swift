import Foundation
import Testing

/// Every command that writes a file agrees: an output that cannot be written (a folder, a
/// missing folder, an unknown extension, a failed write) is reported clearly and exits 2.
struct OutputExitCodeTests {
  static let sample = "samples/street-lighting.dfd"

  /// The commands that take `-o`, each with a file name it can write.
  static let commands: [(command: String, file: String)] = [
    ("render", "out.svg"), ("report", "out.html"), ("threats", "out.json"),
  ]

  private static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-output-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  private static func run(_ command: String, _ output: String) throws -> Binary.Result {
    try Binary.run(
      [command, sample, "-o", output], in: Binary.root, environment: ["SCP_DFD_NO_WARMUP": "1"])
  }

  // A folder, a missing folder and an unknown extension as output: PipelineTests.OutputTargetTests.

  @Test func anUnknownExtensionExitsTwoWithoutUsage() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try Self.run("render", folder.appendingPathComponent("out.xyz").path)
    #expect(result.status == 2)
    #expect(result.stderr.contains("known extensions are"))
    #expect(!result.stderr.contains("Usage:"))
  }

  // A read-only folder: the temporary file cannot be made (root ignores the permission).
  @Test(.enabled(if: getuid() != 0, "root writes into read-only folders"), arguments: commands)
  func aFailedWriteExitsTwo(_ command: String, _ file: String) throws {
    let folder = try Self.scratch()
    defer {
      chmod(folder.path, 0o755)
      try? FileManager.default.removeItem(at: folder)
    }
    chmod(folder.path, 0o555)
    let result = try Self.run(command, folder.appendingPathComponent(file).path)
    #expect(result.status == 2)
    #expect(result.stderr.contains("error: cannot write"))
  }

  // /dev/full fails every write with ENOSPC, for root too.
  @Test(
    .enabled(if: FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full"),
    arguments: [("render", "svg"), ("report", "html"), ("threats", "json")])
  func aWriteThatFailsExitsTwo(_ command: String, _ format: String) throws {
    let result = try Binary.run(
      [command, Self.sample, "-o", "/dev/full", "--format", format], in: Binary.root,
      environment: ["SCP_DFD_NO_WARMUP": "1"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("error: cannot write /dev/full"))
  }
}
