import Synchronization

/// The page being served and the browsers waiting for the next one; shared between the
/// thread that rebuilds the page and the server's tasks.
public final class LiveState: Sendable {
  private struct Contents {
    var version = 0
    var page = ""
    var finished = false
    var nextSubscriber = 0
    var subscribers: [Int: AsyncStream<Int>.Continuation] = [:]
  }

  private let contents = Mutex(Contents())

  /// A state with `page` (already made live, as version 0) and no subscribers.
  public init(page: String = "") {
    contents.withLock { $0.page = page }
  }

  /// The current page and its version.
  public var current: (version: Int, page: String) {
    contents.withLock { ($0.version, $0.page) }
  }

  /// The next version number.
  public var nextVersion: Int { contents.withLock { $0.version + 1 } }

  /// Serves `page` as `version` from now on and tells every subscriber.
  public func publish(_ page: String, version: Int) {
    let subscribers = contents.withLock { contents in
      contents.version = version
      contents.page = page
      return Array(contents.subscribers.values)
    }
    for subscriber in subscribers { subscriber.yield(version) }
  }

  /// The versions from now on, the current one first; ends when `finish()` is called.
  public func subscribe() -> AsyncStream<Int> {
    let (stream, continuation) = AsyncStream.makeStream(
      of: Int.self, bufferingPolicy: .bufferingNewest(1))
    let (id, version, finished) = contents.withLock { contents in
      let id = contents.nextSubscriber
      contents.nextSubscriber += 1
      if !contents.finished { contents.subscribers[id] = continuation }
      return (id, contents.version, contents.finished)
    }
    continuation.onTermination = { [weak self] _ in
      self?.contents.withLock { _ = $0.subscribers.removeValue(forKey: id) }
    }
    continuation.yield(version)
    if finished { continuation.finish() }
    return stream
  }

  /// How many event streams are open.
  public var subscriberCount: Int { contents.withLock { $0.subscribers.count } }

  /// Ends every event stream, now and later (the server is stopping).
  public func finish() {
    let subscribers = contents.withLock { contents in
      contents.finished = true
      return Array(contents.subscribers.values)
    }
    for subscriber in subscribers { subscriber.finish() }
  }
}
