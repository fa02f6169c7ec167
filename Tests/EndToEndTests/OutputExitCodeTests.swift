import Foundation
import Testing

// Spawns the binary: whether usage text is printed is the argument parser's.
/// An output whose format cannot be told exits 2 without the usage text argument errors get.
/// (Every other unwritable output: PipelineTests.OutputTargetTests and OutputWritingTests.)
struct OutputExitCodeTests {
  static let sample = "samples/street-lighting.dfd"

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

  @Test func anUnknownExtensionExitsTwoWithoutUsage() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let result = try Self.run("render", folder.appendingPathComponent("out.xyz").path)
    #expect(result.status == 2)
    #expect(result.stderr.contains("known extensions are"))
    #expect(!result.stderr.contains("Usage:"))
  }
}
