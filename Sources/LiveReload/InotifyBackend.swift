#if os(Linux)
  import Glibc

  /// Notices changes through Linux inotify on the folders of the watched files, so that a
  /// save by rename (a new file over the old) is seen as well as a write in place.
  final class InotifyBackend: WatchBackend {
    /// The events that can change a watched file's content.
    static let events: UInt32 = UInt32(
      IN_CLOSE_WRITE | IN_MODIFY | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE
        | IN_ATTRIB)

    private let wake: WakePipe
    private let descriptor: Int32
    /// Each watched folder by its watch descriptor.
    private var folders: [Int32: String] = [:]
    private var paths: Set<String> = []

    /// Nil when inotify is not available (an old kernel, or the limit of instances reached).
    init?(wake: WakePipe) {
      let descriptor = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
      guard descriptor >= 0 else { return nil }
      self.wake = wake
      self.descriptor = descriptor
    }

    deinit { close(descriptor) }

    func watch(_ paths: Set<String>) {
      self.paths = paths
      let wanted = Set(paths.map { WatchedPath.split($0).folder })
      for (watch, folder) in folders where !wanted.contains(folder) {
        inotify_rm_watch(descriptor, watch)
        folders[watch] = nil
      }
      for folder in wanted where !folders.values.contains(folder) {
        let watch = inotify_add_watch(descriptor, folder, Self.events)
        if watch >= 0 { folders[watch] = folder }
      }
    }

    func wait(milliseconds: Int32) -> WaitResult {
      let woken = wake.waitReadable(descriptor, milliseconds: milliseconds)
      if woken.signalled { return .stopped }
      guard woken.ready else { return .timeout }
      return .changed(drain())
    }

    /// Reads every pending event; returns the watched files they name (all of them when the
    /// kernel's queue overflowed).
    private func drain() -> Set<String> {
      var changed: Set<String> = []
      var buffer = [UInt8](repeating: 0, count: 64 * 1024)
      while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { break }
        buffer.withUnsafeBytes { bytes in
          var offset = 0
          while offset + MemoryLayout<inotify_event>.size <= count {
            let event = bytes.loadUnaligned(fromByteOffset: offset, as: inotify_event.self)
            let nameStart = offset + MemoryLayout<inotify_event>.size
            let nameBytes = bytes[nameStart..<min(count, nameStart + Int(event.len))]
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            if event.mask & UInt32(IN_Q_OVERFLOW) != 0 {
              changed.formUnion(paths)
            } else if let folder = folders[event.wd] {
              let path = WatchedPath.join(folder, name)
              if paths.contains(path) { changed.insert(path) }
            }
            offset = nameStart + Int(event.len)
          }
        }
      }
      return changed
    }
  }
#else
  /// inotify is Linux's: elsewhere there is no such backend and the watcher polls.
  final class InotifyBackend: WatchBackend {
    init?(wake: WakePipe) { nil }
    func watch(_ paths: Set<String>) {}
    func wait(milliseconds: Int32) -> WaitResult { .stopped }
  }
#endif
