/// Files that changed since the watcher last reported.
public struct FileChange: Hashable, Sendable {
  /// The watched paths, as given to `FileWatcher.watch(_:)`, that were written, created,
  /// renamed or removed.
  public var paths: Set<String>

  /// A change of `paths`.
  public init(paths: Set<String>) { self.paths = paths }
}
