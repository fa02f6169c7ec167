import Foundation

/// The binary running in the background (`watch`, `serve`), its standard error collected in a
/// file that tests can wait on.
///
/// Spawned with no signal blocked, as a shell would start it (`Process` would pass on the
/// test threads' mask, and SIGINT or SIGTERM would never arrive).
final class LiveProcess {
  let pid: pid_t
  private let errorFile: URL
  /// The wait status, once the process has ended.
  private(set) var status: Int32?

  init(_ arguments: [String], in directory: URL) throws {
    errorFile = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
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
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(
      &actions, 2, errorFile.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    // The shell changes folder and replaces itself with the binary, keeping the signal set-up.
    let shell = ["/bin/sh", "-c", "cd \"$0\" && exec \"$@\"", directory.path, Binary.url.path]
    let argv = (shell + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let environment =
      (ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 })
      .map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { environment.forEach { free($0) } }
    var pid: pid_t = 0
    let result = posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environment)
    guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EINVAL) }
    self.pid = pid
  }

  deinit {
    if isRunning {
      kill(pid, SIGKILL)
      _ = waitpid(pid, nil, 0)
    }
    try? FileManager.default.removeItem(at: errorFile)
  }

  /// Whether the process is still running (reaps it once it has ended).
  var isRunning: Bool {
    guard status == nil else { return false }
    var value: Int32 = 0
    guard waitpid(pid, &value, WNOHANG) == pid else { return true }
    status = value
    return false
  }

  /// What the process has written to standard error so far.
  var stderr: String { (try? String(contentsOf: errorFile, encoding: .utf8)) ?? "" }

  /// Waits up to `seconds` for `condition`; says whether it came true.
  @discardableResult
  static func wait(within seconds: Double = 20, for condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while !condition() {
      if Date() > deadline { return false }
      usleep(20_000)
    }
    return true
  }

  /// Sends `signal` and waits up to `seconds` for the process to end; says whether it did.
  func stop(with signal: Int32, within seconds: Double = 10) -> Bool {
    kill(pid, signal)
    return Self.wait(within: seconds) { !isRunning }
  }
}

/// A copy of samples/include-demo in a temporary folder, removed when the value goes.
final class IncludeDemoCopy {
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("scp-dfd-live-\(UUID().uuidString)")
    try FileManager.default.copyItem(
      at: Binary.root.appendingPathComponent("samples/include-demo"), to: folder)
  }

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// Appends `text` to the file at `path` (relative to the folder), as an editor saves it.
  func append(_ text: String, to path: String) throws {
    let file = folder.appendingPathComponent(path)
    let old = try String(contentsOf: file, encoding: .utf8)
    try (old + text).write(to: file, atomically: true, encoding: .utf8)
  }

  /// The contents of `name` in the folder, or nil when it is missing.
  func read(_ name: String) -> String? {
    try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }
}
