import Foundation

extension ModelVersion {
  /// Whether the version names a folder: on disk, or a tree at the revision.
  package var isFolder: Bool {
    switch self {
    case .file(let path):
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        && isFolder.boolValue
    case .revision(let revision, let path, let repository):
      return repository.isFolder(path, at: revision)
    }
  }

  /// The versions of the `.dfd` files under this folder, by their path inside it.
  package func models() throws -> [String: ModelVersion] {
    var found: [String: ModelVersion] = [:]
    switch self {
    case .file(let folder):
      for path in try Portfolio.files([folder]).paths {
        found[Self.relative(path, to: folder)] = .file(path)
      }
    case .revision(let revision, let folder, let repository):
      for path in try repository.files(under: folder, at: revision) where path.hasSuffix(".dfd") {
        found[Self.relative(path, to: folder)] = .revision(
          revision, path: path, repository: repository)
      }
    }
    return found
  }

  private static func relative(_ path: String, to folder: String) -> String {
    let base = folder.hasSuffix("/") ? folder : folder + "/"
    return path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
  }
}
