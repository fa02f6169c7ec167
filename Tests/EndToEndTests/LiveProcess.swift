import Foundation

/// The binary running in the background (`watch`, `serve`), its standard error collected in a
/// file that tests can wait on.
final class LiveProcess {
  let process = Process()
  private let errorFile: URL

  init(_ arguments: [String], in directory: URL) throws {
    errorFile = directory.appendingPathComponent(".stderr-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: errorFile.path, contents: nil)
    process.executableURL = Binary.url
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }
    process.standardError = try FileHandle(forWritingTo: errorFile)
    process.standardOutput = FileHandle.nullDevice
    try process.run()
  }

  deinit {
    if process.isRunning { process.terminate() }
    try? FileManager.default.removeItem(at: errorFile)
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
    kill(process.processIdentifier, signal)
    return Self.wait(within: seconds) { !process.isRunning }
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
