import Foundation

/// Runs a helper program (python3, chromium) and returns its exit status and output.
public enum ExternalTool {
  public struct Result {
    public var status: Int32
    public var stdout: String
    public var stderr: String
  }

  /// The first of `names` found on PATH (or at an absolute path), or nil.
  public static func find(_ names: [String]) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for name in names {
      if name.hasPrefix("/") {
        if FileManager.default.isExecutableFile(atPath: name) { return name }
        continue
      }
      for folder in path.split(separator: ":") {
        let candidate = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      }
    }
    return nil
  }

  /// Runs `executable` with `arguments`, capturing output through files (no pipe deadlock).
  public static func run(_ executable: String, _ arguments: [String]) throws -> Result {
    let scratch = try temporaryFolder()
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("out")
    let errURL = scratch.appendingPathComponent("err")
    try Data().write(to: outURL)
    try Data().write(to: errURL)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = out
    process.standardError = err
    process.standardInput = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try out.close()
    try err.close()
    return Result(
      status: process.terminationStatus,
      stdout: try String(contentsOf: outURL, encoding: .utf8),
      stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
  }

  /// A new empty folder under the temporary directory.
  public static func temporaryFolder() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("scp-dfd-reports-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
