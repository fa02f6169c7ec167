/// Files as they were read: each one's identity, size and modification time at that moment,
/// so that a change made while they were in use (a render takes a while) is not lost between
/// reading them and watching them (`FileWatcher.watch(_:)`).
public struct FileSnapshot: Sendable {
  /// The files, as given.
  public let paths: [String]
  /// Each file's stamp by its canonical path; nil for a file that could not be read.
  let stamps: [String: PollingBackend.Stamp?]

  /// The files' stamps now: take them right after reading the files.
  public init(_ paths: [String]) {
    self.paths = paths
    var stamps: [String: PollingBackend.Stamp?] = [:]
    for path in paths {
      let canonical = WatchedPath.canonical(path)
      stamps[canonical] = PollingBackend.stamp(canonical)
    }
    self.stamps = stamps
  }

  /// The canonical paths of the files that differ now from their stamp.
  func changedSince() -> Set<String> {
    Set(stamps.filter { PollingBackend.stamp($0.key) != $0.value }.keys)
  }
}
