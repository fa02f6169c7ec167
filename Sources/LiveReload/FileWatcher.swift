#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reports changes to a set of files: through inotify on Linux, else by polling their sizes
/// and modification times every 250 ms; never in a busy loop.
///
/// Editors write a file several times on save (or write a copy and rename it over the
/// original), so changes are debounced: `next()` returns once no further change has come for
/// `debounce`. Call `watch(_:)` and `next()` from one thread; `stop()` from any.
public final class FileWatcher: @unchecked Sendable {
  /// How changes are noticed.
  public enum Mechanism: String, Sendable {
    /// Linux inotify on the files' folders (survives saves by rename).
    case notification
    /// Comparing the files' sizes and modification times every `pollInterval`.
    case polling
  }

  /// The mechanism in use.
  public let mechanism: Mechanism
  /// The quiet time after a change before it is reported.
  public let debounce: Duration
  /// The longest a stream of changes delays its report.
  public let maximumDelay: Duration

  private let wake: WakePipe
  private let backend: any WatchBackend
  /// The watched paths as given, by their canonical form.
  private var names: [String: String] = [:]
  /// Files that changed before they were watched, for `next()` to report at once.
  private var pending: Set<String> = []

  /// A watcher using inotify where there is one (unless `forcePolling`), else polling.
  public init(
    debounce: Duration = .milliseconds(25), maximumDelay: Duration = .seconds(1),
    pollInterval: Duration = .milliseconds(250), forcePolling: Bool = false
  ) {
    self.debounce = debounce
    self.maximumDelay = maximumDelay
    wake = WakePipe()
    if !forcePolling, let notifier = InotifyBackend(wake: wake) {
      backend = notifier
      mechanism = .notification
    } else {
      backend = PollingBackend(wake: wake, interval: pollInterval)
      mechanism = .polling
    }
  }

  /// Watches exactly `paths` from now on (the model, its includes, catalogues, a template).
  public func watch(_ paths: some Sequence<String>) {
    names = [:]
    pending = []
    for path in paths { names[WatchedPath.canonical(path)] = path }
    backend.watch(Set(names.keys))
  }

  /// Watches the files of `snapshot` from now on; those that changed since it was taken are
  /// reported by the next `next()` without waiting.
  public func watch(_ snapshot: FileSnapshot) {
    watch(snapshot.paths)
    pending = snapshot.changedSince()
  }

  /// Waits for the next change to a watched file and returns it once the files have been
  /// quiet for `debounce`; nil once `stop()` was called.
  public func next() -> FileChange? {
    var changed = pending
    pending = []
    while changed.isEmpty {
      switch backend.wait(milliseconds: -1) {
      case .stopped: return nil
      case .timeout: continue
      case .changed(let paths): changed = paths
      }
    }
    let start = ContinuousClock.now
    settling: while ContinuousClock.now - start < maximumDelay {
      switch backend.wait(milliseconds: Self.milliseconds(debounce)) {
      case .stopped: return nil
      case .timeout: break settling
      case .changed(let paths): changed.formUnion(paths)
      }
    }
    return FileChange(paths: Set(changed.map { names[$0] ?? $0 }))
  }

  /// Makes `next()` return nil, now or when next called; safe from any thread.
  public func stop() { wake.signal() }

  static func milliseconds(_ duration: Duration) -> Int32 {
    let (seconds, attoseconds) = duration.components
    return Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
  }
}

/// What waiting for changes ended with.
enum WaitResult: Equatable {
  /// `FileWatcher.stop()` was called.
  case stopped
  /// Nothing happened in the time.
  case timeout
  /// Something happened in a watched folder; these watched files (maybe none) changed.
  case changed(Set<String>)
}

/// A way of noticing changes to files named by canonical path.
protocol WatchBackend: AnyObject {
  /// Watches exactly `paths` from now on.
  func watch(_ paths: Set<String>)
  /// Waits up to `milliseconds` (-1: without limit) for a change or a stop.
  func wait(milliseconds: Int32) -> WaitResult
}
