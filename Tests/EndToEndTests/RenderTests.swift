import Foundation
import Testing

/// Spawns the binary for `render`'s process facts: fresh processes, standard error, PATH, a tty.
///
/// What is drawn and written: PipelineTests.RenderRequestTests.
struct RenderTests {
  static let samples: [String] = {
    let folder = Binary.root.appendingPathComponent("samples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".dfd") }.sorted().map { "samples/" + $0 }
  }()

  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  // Two processes, two hash seeds: anything drawn in dictionary order would differ.
  @Test(arguments: samples)
  func sampleRendersIdenticalSVGInFreshProcesses(_ sample: String) throws {
    let first = try Binary.run(["render", sample], in: Binary.root)
    let second = try Binary.run(["render", sample], in: Binary.root)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout.hasPrefix("<?xml"))
    #expect(first.stdout == second.stdout)
  }

  // Every sample under every drawing option, without a word from Graphviz:
  // PipelineTests.SampleDrawingTests. Here, warnings reach standard error only when there are
  // some, and the layout runs inside the binary (no `dot` on the PATH).
  @Test func aCleanRenderPrintsNothingAndNeedsNoDot() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("lighting.png").path
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "-o", out], in: Binary.root,
      environment: ["PATH": ""])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: out))
    #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func binaryFormatsAreRefusedOnATerminal() throws {
    // `script` gives the binary a pseudo-terminal as standard output.
    let command = "'\(Binary.url.path)' render samples/street-lighting.dfd --format png"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", command, "/dev/null"]
    process.currentDirectoryURL = Binary.root
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(String(decoding: data, as: UTF8.self).contains("refusing to write PNG to a terminal"))
    #expect(!data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }
}
