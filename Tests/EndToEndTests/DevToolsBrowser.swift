import Foundation
import Logging
import TestSupport
import Testing
import WSClient

/// Headless Chromium driven over the DevTools protocol.
///
/// Opens a page, waits for its next load and asks the page a question: for measuring what a
/// person at the browser sees.
final class DevToolsBrowser {
  private let process = Process()
  private let profile: URL
  /// The DevTools port Chromium chose.
  let port: Int

  /// Starts Chromium on `about:blank`; fails the test when Chromium is missing or silent.
  init() throws {
    let browser = try #require(
      Chromium.executable, "headless chromium is needed: apt-get install chromium")
    profile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "chromium-devtools-\(UUID())")
    try FileManager.default.createDirectory(at: profile, withIntermediateDirectories: true)
    process.executableURL = URL(fileURLWithPath: browser)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
      "--user-data-dir=\(profile.path)", "--remote-debugging-port=0",
      "--remote-allow-origins=*", "about:blank",
    ]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let portFile = profile.appendingPathComponent("DevToolsActivePort")
    var found: Int?
    LiveProcess.wait {
      found = (try? String(contentsOf: portFile, encoding: .utf8))
        .flatMap { $0.split(separator: "\n").first.flatMap { Int($0) } }
      return found != nil
    }
    port = try #require(found, "chromium did not open its DevTools port")
  }

  deinit {
    process.terminate()
    process.waitUntilExit()
    try? FileManager.default.removeItem(at: profile)
  }

  /// The DevTools WebSocket address of the open tab.
  func pageSocket() throws -> String {
    let reply = try LoopbackHTTP.get(port: port, path: "/json/list")
    let body = try #require(reply.range(of: "\r\n\r\n")).upperBound
    let targets = try #require(
      JSONSerialization.jsonObject(with: Data(reply[body...].utf8)) as? [[String: Any]])
    let page = try #require(targets.first { $0["type"] as? String == "page" })
    return try #require(page["webSocketDebuggerUrl"] as? String)
  }

  /// Connects to the open tab and runs `body` with it.
  func withPage(_ body: @escaping @Sendable (DevToolsSession) async throws -> Void)
    async throws
  {
    let url = try pageSocket()
    let logger = Logger(label: "devtools")
    var configuration = WebSocketClientConfiguration()
    configuration.maxFrameSize = 1 << 24
    try await WebSocketClient.connect(url: url, configuration: configuration, logger: logger) {
      inbound, outbound, _ in
      var messages = inbound.messages(maxSize: 1 << 26).makeAsyncIterator()
      let session = DevToolsSession(
        send: { text in try await outbound.write(.text(text)) },
        receive: {
          while let message = try await messages.next() {
            if case .text(let text) = message { return text }
          }
          return nil
        })
      try await session.enablePageEvents()
      try await body(session)
    }
  }
}

/// One DevTools connection to a tab: commands with ids, events by name.
///
/// Events that arrive while a command waits for its reply are kept for `event(_:)`.
final class DevToolsSession: @unchecked Sendable {
  private let send: (String) async throws -> Void
  private let receive: () async throws -> String?
  private var nextID = 1
  private var kept: [[String: Any]] = []

  init(send: @escaping (String) async throws -> Void, receive: @escaping () async throws -> String?)
  {
    self.send = send
    self.receive = receive
  }

  /// Sends `method` with `params` (a JSON object) and returns the command's result.
  @discardableResult
  func command(_ method: String, _ params: [String: Any] = [:]) async throws -> [String: Any] {
    let id = nextID
    nextID += 1
    let body = try JSONSerialization.data(
      withJSONObject: ["id": id, "method": method, "params": params])
    try await send(String(decoding: body, as: UTF8.self))
    let reply = try await message { $0["id"] as? Int == id }
    return reply["result"] as? [String: Any] ?? [:]
  }

  /// Waits for the next event named `method` (or takes one that came already).
  func event(_ method: String) async throws {
    _ = try await message { $0["method"] as? String == method }
  }

  /// Forgets the events that came so far.
  func forgetEvents() { kept.removeAll() }

  /// Evaluates `expression` in the page and returns its value.
  func evaluate(_ expression: String) async throws -> Any? {
    let result = try await command(
      "Runtime.evaluate", ["expression": expression, "returnByValue": true])
    return (result["result"] as? [String: Any])?["value"]
  }

  func enablePageEvents() async throws { try await command("Page.enable") }

  /// The first kept or next message that `matches`; others are kept.
  private func message(where matches: ([String: Any]) -> Bool) async throws -> [String: Any] {
    if let index = kept.firstIndex(where: matches) { return kept.remove(at: index) }
    while let text = try await receive() {
      guard let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any]
      else { continue }
      if matches(object) { return object }
      if object["method"] != nil { kept.append(object) }
    }
    throw POSIXError(.ECONNRESET)
  }
}
