import Foundation
import Testing

// Spawns the binary: a live server process, its port and its signals.
/// `scp-dfd serve`, spawned on a free port, fetched over loopback and driven by edits.
@Suite struct ServeCommandTests {
  @Test func showsTheReportAndRefreshesItOnEachChange() throws {
    let demo = try IncludeDemoCopy()
    let serve = try LiveProcess(["serve", "main.dfd", "--port", "0"], in: demo.folder)
    #expect(LiveProcess.wait { serve.stderr.contains("serving main.dfd at http://127.0.0.1:") })
    let port = try #require(Self.port(in: serve.stderr))

    let first = try LoopbackHTTP.get(port: port, path: "/")
    #expect(first.hasPrefix("HTTP/1.1 200"))
    #expect(first.contains("<svg"))
    #expect(first.contains("connect-src 'self'"))
    #expect(first.contains("new EventSource(\"/events\")"))

    let events = try LoopbackHTTP(port: port, path: "/events")
    #expect(events.read(until: "data: 0\n\n"))
    let saved = ContinuousClock.now
    try demo.append("\ncitizen serve-probe \"Serve probe\"\n", to: "shared/council-users.dfd")
    #expect(events.read(until: "data: 1\n\n"))
    let notified = ContinuousClock.now
    let second = try LoopbackHTTP.get(port: port, path: "/")
    let fetched = ContinuousClock.now
    print("serve: save to event \(notified - saved), to new page \(fetched - saved)")
    #expect(second.contains("Serve probe"))
    #expect(!second.contains("scp-dfd-live-diagnostics"))

    try demo.append("\nmotorist -> <nowhere> \"x\"\n", to: "main.dfd")
    #expect(events.read(until: "data: 2\n\n"))
    let broken = try LoopbackHTTP.get(port: port, path: "/")
    #expect(broken.contains("scp-dfd-live-diagnostics"))
    #expect(broken.contains("main.dfd:"))
    #expect(broken.contains("&lt;nowhere&gt;"))
    #expect(!broken.contains("<nowhere>"))
    #expect(broken.contains("Serve probe"))  // the last good diagram stays
    #expect(broken.contains("<svg"))

    // Only GET / and GET /events, and only for loopback names (no DNS rebinding).
    let refused = try LoopbackHTTP.get(port: port, path: "/", host: "rebound.example")
    #expect(refused.hasPrefix("HTTP/1.1 403"))
    let missing = try LoopbackHTTP.get(port: port, path: "/main.dfd")
    #expect(missing.hasPrefix("HTTP/1.1 404"))

    #expect(serve.stop(with: SIGINT))
    #expect(serve.status == 0, "a clean stop exits 0")
  }

  @Test func anotherAddressIsUsedOnlyWithAWarning() throws {
    let demo = try IncludeDemoCopy()
    let serve = try LiveProcess(
      ["serve", "main.dfd", "--port", "0", "--host", "0.0.0.0"], in: demo.folder)
    #expect(LiveProcess.wait { serve.stderr.contains("serving main.dfd at") })
    #expect(serve.stderr.contains("warning: listening on 0.0.0.0"))
    #expect(serve.stop(with: SIGTERM))
  }

  /// The port in `serving … at http://127.0.0.1:PORT/`.
  static func port(in text: String) -> Int? {
    guard let start = text.range(of: "http://127.0.0.1:") else { return nil }
    return Int(text[start.upperBound...].prefix { $0.isNumber })
  }
}
