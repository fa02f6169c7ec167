import Foundation
import Testing

/// Paths that are not ordinary model files: each is refused at once with one diagnostic, never
/// a hang, a crash or a large allocation. (`EndToEndTests.HostileFileTests` keeps the peak
/// memory of a whole run.)
struct HostileFileTests {
  let scratch = Scratch()

  /// `check(path)` and its wall-clock time.
  func timedCheck(_ path: String) -> (valid: Bool, text: String, seconds: Double) {
    let start = Date()
    let result = check(path)
    return (result.valid, result.text, Date().timeIntervalSince(start))
  }

  @Test func fifoIsRefusedWithoutWaitingForAWriter() throws {
    #expect(mkfifo(scratch.path("pipe.dfd"), 0o600) == 0)
    let result = timedCheck(scratch.path("pipe.dfd"))
    #expect(!result.valid)
    #expect(result.text.contains("pipe.dfd': it is a FIFO (named pipe)"))
    #expect(result.seconds < 10)
  }

  @Test func devZeroIsRefused() throws {
    let result = timedCheck("/dev/zero")
    #expect(!result.valid)
    #expect(result.text.contains("cannot read '/dev/zero': it is a device, not a regular file"))
    #expect(result.seconds < 10)
  }

  @Test func symbolicLinkLoopIsRefused() throws {
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path("a.dfd"), withDestinationPath: "b.dfd")
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path("b.dfd"), withDestinationPath: "a.dfd")
    let result = check(scratch.path("a.dfd"))
    #expect(!result.valid)
    #expect(result.text.contains("a.dfd': too many levels of symbolic links"))
  }

  @Test func hugeModelIsRefusedBeforeReading() throws {
    // A sparse 200 MB file: refused from its size, so time does not grow with it.
    #expect(FileManager.default.createFile(atPath: scratch.path("huge.dfd"), contents: nil))
    let handle = try #require(FileHandle(forWritingAtPath: scratch.path("huge.dfd")))
    try handle.truncate(atOffset: 200_000_000)
    try handle.close()
    let result = timedCheck(scratch.path("huge.dfd"))
    #expect(!result.valid)
    #expect(result.text.contains("huge.dfd': it is larger than the limit of 64 MiB"))
    #expect(result.seconds < 10)
  }

  @Test func includesOfNonRegularFilesPointAtTheInclude() throws {
    try scratch.makeFolder("folder")
    #expect(mkfifo(scratch.path("fifo.dfd"), 0o600) == 0)
    try scratch.write(
      "main.dfd",
      "include \"folder\"\ninclude \"fifo.dfd\"\ninclude \"/dev/zero\"\nservice a\nservice b\na -> b\n"
    )
    let result = timedCheck(scratch.path("main.dfd"))
    #expect(!result.valid)
    #expect(result.text.contains("main.dfd:1:9: error[DFD501]: cannot read included file"))
    #expect(result.text.contains("folder': it is a directory"))
    #expect(result.text.contains("main.dfd:2:9: error[DFD501]"))
    #expect(result.text.contains("fifo.dfd': it is a FIFO"))
    #expect(
      result.text.contains("main.dfd:3:9: error[DFD506]: include path '/dev/zero' is absolute"))
    #expect(result.seconds < 10)
  }

  @Test func fileThatIncludesItselfThroughASymbolicLink() throws {
    try scratch.write("self.dfd", "include \"mirror.dfd\"\nservice a\nservice b\na -> b\n")
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path("mirror.dfd"), withDestinationPath: "self.dfd")
    let result = check(scratch.path("self.dfd"))
    #expect(!result.valid)
    #expect(result.text.contains("self.dfd:1:9: error[DFD503]: include cycle: "))
    #expect(result.text.contains("mirror.dfd"))
    #expect(!result.text.contains("DFD2"))
  }

  @Test func nulBytesInvalidUTF8AndEscapeSequences() throws {
    var bytes = Array("service a \"x\u{1B}]0;pwned\u{07}\"\n".utf8)
    bytes += [0, 0xFF, 0xC0, 0x0A] + Array("include \"\u{1B}[2J.dfd\"\n".utf8)
    try Data(bytes).write(to: scratch.folder.appendingPathComponent("bytes.dfd"))
    let result = check(scratch.path("bytes.dfd"))
    #expect(!result.valid)
    #expect(result.text.contains("error[DFD1"))
    #expect(!result.text.contains("\u{1B}"))
    #expect(!result.text.contains("\u{07}"))
    #expect(!result.text.contains("\0"))
  }
}
