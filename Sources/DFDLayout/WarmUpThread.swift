#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one thread that sets Graphviz up ahead of the first render.
///
/// It is a plain joinable thread so that the process can wait for it before exiting: leaving
/// while it is half-way through loading plugins and fonts would run their destructors under it.
enum WarmUpThread {
  private enum Stage {
    case idle
    case running(pthread_t)
    case finished
  }

  private static let stage = PthreadLock(Stage.idle)

  /// Runs `work` on a new thread, once per process: later calls do nothing.
  static func start(_ work: @escaping @Sendable () -> Void) {
    stage.withLock { stage in
      guard case .idle = stage else { return }
      let box = Unmanaged.passRetained(Work(work)).toOpaque()
      var thread = pthread_t()
      let status = pthread_create(
        &thread, nil,
        { box in
          guard let box else { return nil }
          Unmanaged<Work>.fromOpaque(box).takeRetainedValue().body()
          return nil
        }, box)
      if status == 0 {
        stage = .running(thread)
      } else {
        Unmanaged<Work>.fromOpaque(box).release()
        stage = .finished
      }
    }
  }

  /// Waits for the work to finish, if it was started; afterwards `start` does nothing.
  static func join() {
    let running: pthread_t? = stage.withLock { stage in
      defer { stage = .finished }
      guard case .running(let thread) = stage else { return nil }
      return thread
    }
    if let running { pthread_join(running, nil) }
  }

  /// The work, boxed to cross into the thread.
  private final class Work {
    let body: @Sendable () -> Void
    init(_ body: @escaping @Sendable () -> Void) { self.body = body }
  }
}
