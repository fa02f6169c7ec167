import Foundation
import Synchronization
import Testing

@testable import LiveServer

/// The server in process, on a free loopback port, driven by a raw socket.
@Suite struct LiveServerTests {
  @Test func servesThePageAndAnEventPerVersion() async throws {
    let state = LiveState(
      page: LivePage.live("<html><body>one</body></html>", version: 0, diagnostics: nil))
    let port = Mutex(0)
    let server = Task {
      try await LiveServer(host: "127.0.0.1", port: 0, state: state).run { bound in
        port.withLock { $0 = bound }
      }
    }
    defer { server.cancel() }
    let deadline = Date().addingTimeInterval(10)
    while port.withLock({ $0 }) == 0, Date() < deadline {
      try await Task.sleep(for: .milliseconds(20))
    }
    let bound = port.withLock { $0 }
    try #require(bound != 0)

    let page = try LoopbackHTTP.get(port: bound, path: "/")
    #expect(page.hasPrefix("HTTP/1.1 200"))
    #expect(page.lowercased().contains("content-type: text/html; charset=utf-8"))
    #expect(page.contains("one"))

    let events = try LoopbackHTTP(port: bound, path: "/events")
    #expect(events.read(until: "data: 0\n\n"))
    #expect(events.received.lowercased().contains("content-type: text/event-stream"))
    state.publish(
      LivePage.live("<html><body>two</body></html>", version: 1, diagnostics: nil), version: 1)
    #expect(events.read(until: "data: 1\n\n"))
    #expect(try LoopbackHTTP.get(port: bound, path: "/").contains("two"))

    let refused = try LoopbackHTTP.get(port: bound, path: "/", host: "rebound.example")
    #expect(refused.hasPrefix("HTTP/1.1 403"))
    let missing = try LoopbackHTTP.get(port: bound, path: "/model.dfd")
    #expect(missing.hasPrefix("HTTP/1.1 404"))
  }
}
