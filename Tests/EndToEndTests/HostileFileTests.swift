import Foundation
import Testing

/// Paths that are not ordinary model files: each is refused at once with one diagnostic and
/// exit status 2, never a hang, a crash or a large allocation.
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

  @Test func fifoIsRefusedWithoutWaitingForAWriter() throws {
    #expect(mkfifo(path("pipe.dfd"), 0o600) == 0)
    let (result, seconds) = try check(["pipe.dfd"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot read 'pipe.dfd': it is a FIFO (named pipe)"))
    #expect(seconds < 10)
  }

  @Test func devZeroIsRefused() throws {
    let (result, seconds) = try check(["/dev/zero"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot read '/dev/zero': it is a device, not a regular file"))
    #expect(seconds < 10)
  }

  @Test func symbolicLinkLoopIsRefused() throws {
    try FileManager.default.createSymbolicLink(atPath: path("a.dfd"), withDestinationPath: "b.dfd")
    try FileManager.default.createSymbolicLink(atPath: path("b.dfd"), withDestinationPath: "a.dfd")
    let (result, _) = try check(["a.dfd"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("cannot read 'a.dfd': too many levels of symbolic links"))
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
    let peak = try ExternalCommand.run(
      "/usr/bin/env", ["python3", "-c", script, Binary.url.path, "check", path("huge.dfd")])
    let kilobytes = try #require(Int(peak.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
    #expect(kilobytes < 150_000, "check of a 200 MB file peaked at \(kilobytes) KiB")
  }

  @Test func includesOfNonRegularFilesPointAtTheInclude() throws {
    try FileManager.default.createDirectory(
      atPath: path("folder"), withIntermediateDirectories: true)
    #expect(mkfifo(path("fifo.dfd"), 0o600) == 0)
    try write(
      "main.dfd",
      "include \"folder\"\ninclude \"fifo.dfd\"\ninclude \"/dev/zero\"\nservice a\nservice b\na -> b\n"
    )
    let (result, seconds) = try check(["main.dfd"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("main.dfd:1:9: error[DFD501]: cannot read included file"))
    #expect(result.stderr.contains("folder': it is a directory"))
    #expect(result.stderr.contains("main.dfd:2:9: error[DFD501]"))
    #expect(result.stderr.contains("fifo.dfd': it is a FIFO"))
    #expect(
      result.stderr.contains("main.dfd:3:9: error[DFD506]: include path '/dev/zero' is absolute"))
    #expect(seconds < 10)
  }

  @Test func fileThatIncludesItselfThroughASymbolicLink() throws {
    try write("self.dfd", "include \"mirror.dfd\"\nservice a\nservice b\na -> b\n")
    try FileManager.default.createSymbolicLink(
      atPath: path("mirror.dfd"), withDestinationPath: "self.dfd")
    let (result, _) = try check(["self.dfd"])
    #expect(result.status == 2)
    #expect(
      result.stderr.contains("self.dfd:1:9: error[DFD503]: include cycle: self.dfd -> mirror.dfd"))
    #expect(!result.stderr.contains("DFD2"))
  }

  @Test func nulBytesInvalidUTF8AndEscapeSequences() throws {
    var bytes = Array("service a \"x\u{1B}]0;pwned\u{07}\"\n".utf8)
    bytes += [0, 0xFF, 0xC0, 0x0A] + Array("include \"\u{1B}[2J.dfd\"\n".utf8)
    try Data(bytes).write(to: folder.appendingPathComponent("bytes.dfd"))
    let (result, _) = try check(["bytes.dfd"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("error[DFD1"))
    #expect(!result.stderr.contains("\u{1B}"))
    #expect(!result.stderr.contains("\u{07}"))
    #expect(!result.stderr.contains("\0"))
  }
}
