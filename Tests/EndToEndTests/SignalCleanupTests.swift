import Foundation
import Testing

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
    let pid = try Self.spawn(
      ["report", model.path, "-o", output.appendingPathComponent("x.html").path])
    let deadline = Date().addingTimeInterval(120)
    func listing() -> [String] {
      (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
    }
    var status: Int32 = 0
    var exited: pid_t = 0
    while !listing().contains(where: { $0.contains(".tmp-") }) && Date() < deadline {
      exited = waitpid(pid, &status, WNOHANG)
      if exited != 0 { break }
      usleep(20_000)
    }
    #expect(exited == 0, "the report ended before it was signalled")
    #expect(listing().contains { $0.hasPrefix(".x.html.tmp-") }, "no temporary file appeared")
    usleep(200_000)
    kill(pid, number)
    #expect(waitpid(pid, &status, 0) == pid)
    #expect(status & 0x7F == number, "wait status \(status)")
    #expect(listing() == [])
  }

  /// Starts the binary with no signal blocked or ignored, as a shell or CI runner would (the
  /// test's own threads block most signals, and `Process` would pass that mask on); returns its
  /// process id.
  static func spawn(_ arguments: [String]) throws -> pid_t {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    var defaults = sigset_t()
    sigemptyset(&defaults)
    for number in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&defaults, number) }
    posix_spawnattr_setsigmask(&attributes, &none)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = ([Binary.url.path] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, Binary.url.path, &actions, &attributes, argv, environ)
    try #require(result == 0, "posix_spawn failed: \(result)")
    return pid
  }
}
