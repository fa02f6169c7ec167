import Foundation
import Testing

// Spawns the binary: the replay executable itself must run every input and exit cleanly.
/// Every crash the fuzzer found is kept in Tests/FuzzRegressions/ and replayed through the same
/// harness (`DFDFuzz`, built without the fuzzer), together with the seed corpus.
struct FuzzRegressionTests {
  /// The replay binary, next to `scp-dfd`.
  static var replay: URL {
    Binary.url.deletingLastPathComponent().appendingPathComponent("DFDFuzz")
  }

  func files(in folder: String) -> [String] {
    let url = Binary.root.appendingPathComponent(folder)
    let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    return names.sorted().filter { !$0.hasPrefix(".") && $0 != "README.md" }
      .map { url.appendingPathComponent($0).path }
  }

  @Test func regressionsAndSeedsReplayCleanly() throws {
    let inputs = files(in: "Tests/FuzzRegressions") + files(in: "Fuzz/seeds")
    #expect(inputs.count >= 4)
    let process = Process()
    process.executableURL = Self.replay
    process.arguments = inputs
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationReason == .exit)
    #expect(process.terminationStatus == 0)
    #expect(String(decoding: data, as: UTF8.self) == "replayed \(inputs.count) inputs\n")
  }
}
