import Foundation

/// A scratch git repository for a test, removed with it.
public final class ScratchRepository {
  /// A `git` command that did not succeed.
  public struct GitFailure: Error, CustomStringConvertible {
    public var arguments: [String]
    public var status: Int32
    public var description: String { "git \(arguments) exited \(status)" }
  }

  public let folder: URL = FileManager.default.temporaryDirectory.appendingPathComponent(
    "scp-dfd-diff-\(UUID())")

  public init() {}

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// The absolute path of `name` inside the repository.
  public func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// Makes the folder `name` (and its parents).
  public func makeFolder(_ name: String) throws {
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
  }

  /// Writes `text` to `name`, making its folders.
  public func write(_ name: String, _ text: String) throws {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  /// Commits everything (making the repository the first time).
  public func commit() throws {
    if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
      try git(["init", "-q"])
    }
    try git(["add", "-A"])
    try git(["-c", "user.name=test", "-c", "user.email=test@example", "commit", "-qm", "v"])
  }

  /// Runs `git arguments` in the repository; throws when it fails.
  public func git(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["git"] + arguments
    process.currentDirectoryURL = folder
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      throw GitFailure(arguments: arguments, status: process.terminationStatus)
    }
  }
}
