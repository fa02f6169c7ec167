import Foundation

/// Runs the built `scp-dfd` binary and collects what it printed.
struct Binary {
  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  /// The built executable, next to the test bundle, or `SCP_DFD_BINARY` when set (the
  /// benchmarks run the tests against a release build).
  static var url: URL {
    if let binary = ProcessInfo.processInfo.environment["SCP_DFD_BINARY"] {
      return URL(fileURLWithPath: binary)
    }
    var directory = Bundle.main.bundleURL
    for _ in 0..<4
    where !FileManager.default.fileExists(atPath: directory.appendingPathComponent("scp-dfd").path)
    {
      directory = directory.deletingLastPathComponent()
    }
    return directory.appendingPathComponent("scp-dfd")
  }

  /// Runs the binary with `arguments`, from `directory`, with `environment` added.
  static func run(
    _ arguments: [String], in directory: URL? = nil, environment: [String: String] = [:],
    input: Data? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = url
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("scp-dfd-test-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let outURL = scratch.appendingPathComponent("stdout")
    let errURL = scratch.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    let out = try FileHandle(forWritingTo: outURL)
    let err = try FileHandle(forWritingTo: errURL)
    process.standardOutput = out
    process.standardError = err
    let stdin = Pipe()
    process.standardInput = stdin
    try process.run()
    if let input { stdin.fileHandleForWriting.write(input) }
    try stdin.fileHandleForWriting.close()
    process.waitUntilExit()
    try out.close()
    try err.close()
    let outData = try Data(contentsOf: outURL)
    let errData = try Data(contentsOf: errURL)
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// The repository's root folder.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
}
