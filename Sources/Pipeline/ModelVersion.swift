import DFDParser
import Foundation

/// A version of a model named on the command line: a file, or `REV:path`, the file `path` at
/// revision `REV` of the git repository that holds the current directory.
///
/// An argument that names an existing file, or holds no `:`, is a file. In `REV:path`, `path`
/// is relative to the repository's top folder, or to the current directory when it starts with
/// `./` or `../`, as git reads it. Includes are read at the same revision and must stay inside
/// the repository.
package enum ModelVersion: Sendable {
  case file(String)
  case revision(String, path: String, repository: GitRepository)

  /// The version `argument` names, a revision's path read as from `folder` (nil: the current
  /// directory); a failure (exit 2) when it cannot be one.
  package init(_ argument: String, in folder: String? = nil) throws(PipelineFailure) {
    guard let colon = argument.firstIndex(of: ":"),
      !FileManager.default.fileExists(atPath: argument)
    else {
      self = .file(argument)
      return
    }
    let revision = String(argument[..<colon])
    let written = String(argument[argument.index(after: colon)...])
    guard !revision.hasPrefix("-") else {
      throw .error("'\(argument)': a revision may not start with '-'")
    }
    guard !written.isEmpty, !written.hasPrefix("/") else {
      throw .error(
        "'\(argument)': give a path inside the repository after ':'")
    }
    let repository: GitRepository
    do {
      repository = try GitRepository(in: folder)
    } catch {
      throw .error("cannot read '\(argument)': \(error)")
    }
    let relative = written.hasPrefix("./") || written.hasPrefix("../")
    guard let path = Self.normalize((relative ? repository.prefix : "") + written) else {
      throw .error("'\(argument)': the path leaves the repository")
    }
    self = .revision(revision, path: path, repository: repository)
  }

  /// The path the loader and diagnostics name the model by: the file, or `REV:/path`, whose
  /// `REV:` folder keeps includes at the same revision.
  package var loaderPath: String {
    switch self {
    case .file(let path): return path
    case .revision(let revision, let path, _): return "\(revision):/\(path)"
    }
  }

  /// How reports name the version: the file, or `REV:path`.
  package var name: String {
    switch self {
    case .file(let path): return path
    case .revision(let revision, let path, _): return "\(revision):\(path)"
    }
  }

  /// The reader for a revision's model and its includes; nil for a file (the usual one).
  package var reader: ModelLoader.Reader? {
    guard case .revision(let revision, _, let repository) = self else { return nil }
    let marker = revision + ":/"
    return { file in
      // An include that climbs out of `REV:/` loses the marker, and so leaves the repository.
      guard file.hasPrefix(marker), let path = Self.normalize(String(file.dropFirst(marker.count)))
      else { throw IncludeOutsideRoot(root: repository.top) }
      return try repository.read(path, at: revision)
    }
  }

  /// `path` with `.` and `name/..` removed, or nil when it is empty or climbs above its start.
  package static func normalize(_ path: String) -> String? {
    var parts: [Substring] = []
    for part in path.split(separator: "/") where part != "." {
      if part == ".." {
        guard !parts.isEmpty else { return nil }
        parts.removeLast()
      } else {
        parts.append(part)
      }
    }
    return parts.isEmpty ? nil : parts.joined(separator: "/")
  }
}
