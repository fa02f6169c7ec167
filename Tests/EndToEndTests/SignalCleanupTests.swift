import Foundation
import Testing

// Spawns the binary: signals end a process.
/// A report stopped by a signal while it renders leaves no temporary file beside its output.
@Suite struct SignalCleanupTests {
  /// A model large enough that rendering it takes seconds (written by the generator script).
  static func largeModel(in folder: URL) throws -> URL {
    let python = try #require(
      ["/usr/bin/python3", "/usr/local/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
      }, "python3 is needed to generate the model")
    let model = folder.appendingPathComponent("big.dfd")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: python)
    process.arguments = [
      Binary.root.appendingPathComponent("scripts/generate-model.py").path, "--elements", "800",
      "--seed", "3",
    ]
    _ = FileManager.default.createFile(atPath: model.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: model)
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return model
  }

  @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
  func signalDuringRenderRemovesTheTemporaryFile(_ number: Int32) throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("scp-dfd-signal-\(UUID().uuidString)")
    let output = folder.appendingPathComponent("out")
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = try Self.largeModel(in: folder)
    func listing() -> [String] {
      (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
    }
    // Spawned with no signal blocked, as a shell or CI runner would start it.
    let report = try LiveProcess(
      ["report", model.path, "-o", output.appendingPathComponent("x.html").path], in: folder)
    LiveProcess.wait(within: 120) {
      listing().contains { $0.contains(".tmp-") } || !report.isRunning
    }
    #expect(report.isRunning, "the report ended before it was signalled")
    #expect(listing().contains { $0.hasPrefix(".x.html.tmp-") }, "no temporary file appeared")
    usleep(200_000)
    #expect(report.stop(with: number, within: 60))
    let status = try #require(report.status)
    #expect(status & 0x7F == number, "wait status \(status)")
    #expect(listing() == [])
  }
}
