import DFDParser
import Foundation

/// A git repository that model versions are read from, by running `git` directly (never through
/// a shell) with the repository's top folder as the working directory.
package struct GitRepository: Sendable {
  /// The real path of the repository's top folder.
  package let top: String
  /// The path of the folder `git` was asked from, relative to `top` (`docs/`), or empty.
  package let prefix: String
  /// The `git` executable.
  package let git: URL

  /// The repository holding `folder` (nil: the current directory); throws a `FileReadError`
  /// saying why not.
  package init(in folder: String? = nil) throws {
    guard let git = Self.executable() else {
      throw FileReadError("git is not installed (no 'git' on PATH)")
    }
    self.git = git
    let output = try Self.run(git, ["rev-parse", "--show-toplevel", "--show-prefix"], in: folder)
    let lines = String(decoding: output, as: UTF8.self).split(
      separator: "\n", omittingEmptySubsequences: false)
    guard lines.count >= 2 else { throw FileReadError("git did not name the repository") }
    top = String(lines[0])
    prefix = String(lines[1])
  }

  /// The bytes of the file `path` (relative to `top`) at revision `revision`, at most
  /// `ModelLoader.maximumFileSize` of them.
  package func read(_ path: String, at revision: String) throws -> [UInt8] {
    // `cat-file blob`, unlike `show`, refuses a folder and never converts the content.
    try Self.run(git, ["cat-file", "blob", "\(revision):\(path)"], in: top)
  }

  /// Whether `path` is a folder (a tree) at `revision`.
  package func isFolder(_ path: String, at revision: String) -> Bool {
    let type = try? Self.run(git, ["cat-file", "-t", "\(revision):\(path)"], in: top)
    return type.map { String(decoding: $0, as: UTF8.self) } == "tree\n"
  }

  /// The files under the folder `path` at `revision`, relative to the repository's top.
  package func files(under path: String, at revision: String) throws -> [String] {
    let listing = try Self.run(
      git, ["ls-tree", "-r", "-z", "--name-only", revision, "--", path + "/"], in: top)
    return listing.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
  }

  /// Runs `git arguments` in `folder` (nil: the current one) and returns its standard output,
  /// or throws a `FileReadError` with git's own message when it fails.
  package static func run(_ git: URL, _ arguments: [String], in folder: String?) throws -> [UInt8] {
    let process = Process()
    process.executableURL = git
    process.arguments = arguments
    if let folder { process.currentDirectoryURL = URL(fileURLWithPath: folder) }
    var environment = ProcessInfo.processInfo.environment
    environment["GIT_TERMINAL_PROMPT"] = "0"
    environment["GIT_OPTIONAL_LOCKS"] = "0"
    process.environment = environment
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    process.standardInput = FileHandle.nullDevice
    do {
      try process.run()
    } catch {
      throw FileReadError("cannot run git: \(error.localizedDescription)")
    }
    let bytes = try readAll(output.fileHandleForReading, process: process)
    let message = errors.fileHandleForReading.readDataToEndOfFile().prefix(2_000)
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
      var text = String(decoding: message, as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
      if text.hasPrefix("fatal: ") { text.removeFirst(7) }
      throw FileReadError(text.isEmpty ? "git failed" : "git: " + text)
    }
    return bytes
  }

  /// Everything `handle` yields, refusing (and stopping `process`) past the model size limit.
  private static func readAll(_ handle: FileHandle, process: Process) throws -> [UInt8] {
    var bytes: [UInt8] = []
    while true {
      let chunk = handle.availableData
      if chunk.isEmpty { return bytes }
      bytes += chunk
      if bytes.count > ModelLoader.maximumFileSize {
        process.terminate()
        process.waitUntilExit()
        throw FileReadError(
          "it is larger than the limit of \(ModelLoader.maximumFileSize >> 20) MiB")
      }
    }
  }

  /// The first executable `git` on `PATH`.
  package static func executable() -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = String(folder) + "/git"
      if access(candidate, X_OK) == 0 { return URL(fileURLWithPath: candidate) }
    }
    return nil
  }
}
