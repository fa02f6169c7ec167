import Foundation
import TestSupport
import Testing

// Spawns the binary: peak memory is a whole process's.
/// A huge model file is refused with exit status 2 and small peak memory of the whole process.
/// (Each hostile path, in process: PipelineTests.HostileFileTests.)
struct HostileFileTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-hostile-\(UUID())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  func write(_ name: String, _ text: String) throws {
    try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// Runs `check` and returns the result with its wall-clock time.
  func check(_ arguments: [String]) throws -> (result: Binary.Result, seconds: Double) {
    let start = Date()
    let result = try Binary.run(["check"] + arguments, in: folder, environment: ["NO_COLOR": "1"])
    return (result, Date().timeIntervalSince(start))
  }

  @Test func hugeModelIsRefusedBeforeReading() throws {
    // A sparse 200 MB file: refused from its size, so neither time nor memory grows with it.
    #expect(FileManager.default.createFile(atPath: path("huge.dfd"), contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: path("huge.dfd")))
    try handle.truncate(atOffset: 200_000_000)
    try handle.close()
    let (result, seconds) = try check(["huge.dfd"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot read 'huge.dfd': it is larger than the limit of 64 MiB"))
    #expect(seconds < 10)
    // The peak memory of that one run, measured by a parent of its own (python3).
    let script = """
      import resource, subprocess, sys
      subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
      print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
      """
    let peak = try ExternalTool.run(
      "/usr/bin/env", ["python3", "-c", script, Binary.url.path, "check", path("huge.dfd")])
    let kilobytes = try #require(Int(peak.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(kilobytes < 150_000, "check of a 200 MB file peaked at \(kilobytes) KiB")
  }
}
