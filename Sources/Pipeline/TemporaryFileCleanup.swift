import Foundation

/// Removes the temporary files of unfinished atomic writes when the process is stopped by
/// SIGINT, SIGTERM or SIGHUP, then lets the signal end the process as it would have.
///
/// The handler only reads C strings that were allocated before registration and calls
/// `unlink`, `signal` and `raise`, which are async-signal-safe. Paths are never freed, so the
/// handler cannot read freed memory; a slot is reused once its file is gone.
package enum TemporaryFileCleanup {
  /// How many temporary files can be registered at once (outputs are written one at a time).
  package static let capacity = 16

  /// The registered paths, `nil` where a slot is free (written by the writer, read by the
  /// signal handler).
  nonisolated(unsafe) private static let slots:
    UnsafeMutablePointer<
      UnsafeMutablePointer<CChar>?
    > = {
      let slots = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
      slots.initialize(repeating: nil, count: capacity)
      return slots
    }()

  /// The signals that end a run early and whose handler removes the registered files.
  private static let signals = [SIGINT, SIGTERM, SIGHUP]

  /// Installs the handler, once, for each signal that is not ignored (`nohup` ignores SIGHUP).
  private static let installed: Bool = {
    for number in signals {
      let previous = signal(number, removeAndRaise)
      if isIgnore(previous) { signal(number, SIG_IGN) }
    }
    return true
  }()

  /// Whether `handler` is `SIG_IGN` (C function pointers are not `Equatable` in Swift).
  private static func isIgnore(_ handler: __sighandler_t?) -> Bool {
    guard let handler else { return false }
    return unsafeBitCast(handler, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self)
  }

  /// Registers the temporary file `path`, so a signal removes it; returns its slot for
  /// `unregister`, or nil when every slot is taken.
  package static func register(_ path: UnsafePointer<CChar>) -> Int? {
    _ = installed
    guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
    slots[slot] = strdup(path)
    return slot
  }

  /// Forgets the file in `slot` once it has been renamed or removed.
  package static func unregister(_ slot: Int?) {
    guard let slot else { return }
    slots[slot] = nil  // the string is left allocated: the handler may be reading it
  }

  /// The signal handler: unlinks every registered file, restores the default action and
  /// raises the signal again.
  private static let removeAndRaise: @convention(c) (Int32) -> Void = { number in
    for slot in 0..<TemporaryFileCleanup.capacity {
      if let path = TemporaryFileCleanup.slots[slot] { unlink(path) }
    }
    signal(number, SIG_DFL)
    raise(number)
  }
}
