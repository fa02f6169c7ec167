import Foundation
import Synchronization

/// A value computed on a thread of its own while the caller gets on with something else.
///
/// `value()` waits for it. The work and its result are `Sendable`, so nothing is shared.
final class BackgroundWork<Value: Sendable>: Sendable {
  private let result = Mutex<Value?>(nil)
  private let finished = DispatchSemaphore(value: 0)

  /// Starts `work` on a new thread with a roomy stack.
  init(_ work: @escaping @Sendable () -> Value) {
    let thread = Thread { [self] in
      let value = work()
      result.withLock { $0 = value }
      finished.signal()
    }
    thread.stackSize = 16 << 20
    thread.start()
  }

  /// The result, once the work has finished; call it once (the work keeps no copy).
  func value() -> Value {
    finished.wait()
    guard let value = result.withLock({ $0.take() }) else {
      preconditionFailure("BackgroundWork.value() called twice")
    }
    return value
  }
}
