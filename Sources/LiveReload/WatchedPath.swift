#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Canonical names for watched files, so that an event in a folder can be matched to them.
enum WatchedPath {
  /// The absolute path of `path` with its folder's links and `..` resolved (the file itself
  /// may be missing, or be replaced by a rename).
  static func canonical(_ path: String) -> String {
    let (folder, name) = split(path)
    return join(resolved(folder), name)
  }

  /// The folder part (`.` when there is none) and the last component of `path`.
  static func split(_ path: String) -> (folder: String, name: String) {
    guard let slash = path.lastIndex(of: "/") else { return (".", path) }
    let folder = String(path[..<slash])
    return (folder.isEmpty ? "/" : folder, String(path[path.index(after: slash)...]))
  }

  /// `folder/name`, without a doubled slash at the root.
  static func join(_ folder: String, _ name: String) -> String {
    folder.hasSuffix("/") ? folder + name : folder + "/" + name
  }

  /// The real path of `folder`, or the folder made absolute when it does not exist.
  static func resolved(_ folder: String) -> String {
    if let pointer = realpath(folder, nil) {
      defer { free(pointer) }
      return String(cString: pointer)
    }
    guard !folder.hasPrefix("/"), let cwd = getcwd(nil, 0) else { return folder }
    defer { free(cwd) }
    return join(String(cString: cwd), folder)
  }
}
