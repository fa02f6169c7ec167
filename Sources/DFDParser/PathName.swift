/// Joins and tidies `/`-separated paths without touching the file system.
enum PathName {
  /// The path of `include` written in the file at `base`: relative to `base`'s folder.
  static func resolve(_ include: String, relativeTo base: String) -> String {
    if include.hasPrefix("/") { return normalize(include) }
    guard let slash = base.lastIndex(of: "/") else { return normalize(include) }
    return normalize(String(base[...slash]) + include)
  }

  /// Removes `.` and `name/..` components.
  static func normalize(_ path: String) -> String {
    let absolute = path.hasPrefix("/")
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
      if part == "." { continue }
      if part == "..", let last = parts.last, last != ".." {
        parts.removeLast()
      } else if part == ".." && absolute {
        continue
      } else {
        parts.append(part)
      }
    }
    let joined = parts.joined(separator: "/")
    return absolute ? "/" + joined : (joined.isEmpty ? "." : joined)
  }
}
