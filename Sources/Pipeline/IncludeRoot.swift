import DFDParser
import Foundation

/// The folder that a model's includes must stay inside, and the reader that keeps them there.
///
/// The root is `--include-root DIR` when given, else the enclosing git repository of the model
/// (the nearest folder above it holding `.git`, a folder or a file), else the model's own folder.
/// An included path is refused unless its real path (every `..` and symbolic link resolved) lies
/// inside the real path of the root; a path that does not exist is judged by its nearest existing
/// folder, so a refusal never says whether a file outside the root exists.
package struct IncludeRoot {
  /// The real path of the root folder.
  package let path: String

  /// The root for the model at `model`, or the folder `override` names.
  package init(model: String, override: String?) {
    if let override {
      path = Self.realPath(override) ?? override
      return
    }
    let folder = Self.realPath(Self.folder(of: model)) ?? "/"
    path = Self.enclosingRepository(of: folder) ?? folder
  }

  /// Whether `path` names a folder, as `--include-root` must.
  package static func isFolder(_ path: String) -> Bool {
    var status = stat()
    return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
  }

  /// The bytes of the included file at `target`; throws `IncludeOutsideRoot` when it lies outside
  /// the root, and `FileReadError` when it is not a regular file or cannot be read.
  package func read(_ target: String) throws -> [UInt8] {
    guard let real = Self.realPath(target) else {
      let reason = errno
      guard contains(Self.nearestExistingFolder(of: target)) else {
        throw IncludeOutsideRoot(root: path)
      }
      throw FileReadError(reason == ENOENT ? "no such file" : String(cString: strerror(reason)))
    }
    guard contains(real) else { throw IncludeOutsideRoot(root: path) }
    return try FileReader.read(real)
  }

  /// Whether the real path `real` is the root or lies inside it.
  package func contains(_ real: String?) -> Bool {
    guard let real else { return false }
    return path == "/" || real == path || real.hasPrefix(path + "/")
  }

  /// The nearest folder above `folder` (itself included) that holds `.git`.
  package static func enclosingRepository(of folder: String) -> String? {
    var current = folder
    while true {
      if access(current == "/" ? "/.git" : current + "/.git", F_OK) == 0 { return current }
      guard current != "/", let slash = current.lastIndex(of: "/") else { return nil }
      current = slash == current.startIndex ? "/" : String(current[..<slash])
    }
  }

  /// The real path of the nearest existing folder holding `target`.
  package static func nearestExistingFolder(of target: String) -> String? {
    var current = folder(of: target)
    while true {
      if let real = realPath(current) { return real }
      guard current != "/", current != "." else { return nil }
      current = folder(of: current)
    }
  }

  /// The folder part of `path`: `.` for a bare name, `/` for a name at the top.
  package static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  /// `path` with every symbolic link, `.` and `..` resolved, or nil (with `errno` set) when a
  /// part of it does not exist.
  package static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
