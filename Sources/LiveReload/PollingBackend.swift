#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Notices changes by comparing each file's identity, size and modification time every
/// `interval`, sleeping in `poll` in between (woken at once by a stop).
final class PollingBackend: WatchBackend {
  /// What a file looked like; nil when it was missing.
  struct Stamp: Equatable, Sendable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var seconds: Int
    var nanoseconds: Int
  }

  private let wake: WakePipe
  private let interval: Int32
  private var stamps: [String: Stamp?] = [:]

  init(wake: WakePipe, interval: Duration) {
    self.wake = wake
    self.interval = max(1, FileWatcher.milliseconds(interval))
  }

  func watch(_ paths: Set<String>) {
    stamps = [:]
    for path in paths { stamps[path] = Self.stamp(path) }
  }

  func wait(milliseconds: Int32) -> WaitResult {
    var waited: Int32 = 0
    while milliseconds < 0 || waited < milliseconds {
      let step = milliseconds < 0 ? interval : min(interval, milliseconds - waited)
      if wake.waitReadable(nil, milliseconds: step).signalled { return .stopped }
      waited += step
      let changed = rescan()
      if !changed.isEmpty { return .changed(changed) }
    }
    return .timeout
  }

  /// The files whose stamp differs from the last one seen, recording the new stamps.
  private func rescan() -> Set<String> {
    var changed: Set<String> = []
    for (path, old) in stamps {
      let new = Self.stamp(path)
      if new != old {
        changed.insert(path)
        stamps[path] = new
      }
    }
    return changed
  }

  /// The file's stamp, or nil when it cannot be read.
  static func stamp(_ path: String) -> Stamp? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    #if canImport(Darwin)
      let modified = status.st_mtimespec
    #else
      let modified = status.st_mtim
    #endif
    return Stamp(
      device: UInt64(status.st_dev), inode: UInt64(status.st_ino), size: Int64(status.st_size),
      seconds: Int(modified.tv_sec), nanoseconds: Int(modified.tv_nsec))
  }
}
