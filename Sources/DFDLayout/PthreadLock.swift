#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A value guarded by a `pthread_mutex_t`: the one lock that serialises every Graphviz call
/// (`graphvizLock` in GraphvizRenderer.swift), and the package's only raw pthread code.
///
/// Used for Graphviz instead of the standard library's `Mutex`, whose Linux implementation
/// waits on a futex that ThreadSanitizer cannot see: under `--sanitize=thread` every pair of
/// layouts was reported as a race. ThreadSanitizer intercepts pthread mutexes, so runs under
/// it check the real ordering.
final class PthreadLock<State: ~Copyable>: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  private var state: State

  init(_ state: consuming State) {
    self.state = state
    mutex = .allocate(capacity: 1)
    let status = pthread_mutex_init(mutex, nil)
    precondition(status == 0, "pthread_mutex_init failed: \(status)")
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Runs `body` with the state while holding the lock.
  func withLock<Result, Failure: Error>(
    _ body: (inout State) throws(Failure) -> Result
  ) throws(Failure) -> Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body(&state)
  }
}
