import Foundation
import Hummingbird
import Logging
import ServiceLifecycle

/// The local server behind `serve`: the page and a stream of its versions, nothing else.
///
/// `GET /` is the page in `state`, `GET /events` a stream of server-sent events that names
/// each new version. There are no other routes.
public struct LiveServer: Sendable {
  public var host: String
  public var port: Int
  public let state: LiveState

  /// A server for `state` on `host`:`port` (port 0: any free port).
  public init(host: String, port: Int, state: LiveState) {
    self.host = host
    self.port = port
    self.state = state
  }

  /// Serves until SIGINT or SIGTERM; calls `onRunning` with the bound port once listening.
  public func run(onRunning: @escaping @Sendable (Int) -> Void) async throws {
    let router = Router()
    let state = state
    let hosts = HostCheck(boundTo: host)
    router.get("/") { request, _ -> Response in
      guard hosts.allows(request.head.authority) else { return HostCheck.refusal }
      return Self.page(state.current.page)
    }
    router.get(RouterPath(LivePage.eventsPath)) { request, _ -> Response in
      guard hosts.allows(request.head.authority) else { return HostCheck.refusal }
      return Self.events(state.subscribe())
    }
    var logger = Logger(label: "scp-dfd-serve")
    logger.logLevel = .error
    let app = Application(
      router: router,
      configuration: .init(address: .hostname(host, port: port), serverName: nil),
      onServerRunning: { channel in onRunning(channel.localAddress?.port ?? 0) },
      logger: logger)
    // A group stops its services last to first: the event streams end before the server
    // waits for its connections to close.
    let group = ServiceGroup(
      configuration: .init(
        services: [app, StreamCloser(state: state)], gracefulShutdownSignals: [.sigterm, .sigint],
        logger: logger))
    try await group.run()
  }

  /// The page, never cached, never framed.
  static func page(_ html: String) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "text/html; charset=utf-8"
    headers[.cacheControl] = "no-store"
    headers[.contentSecurityPolicy] = "frame-ancestors 'none'"
    for (name, value) in [
      ("X-Content-Type-Options", "nosniff"), ("Referrer-Policy", "no-referrer"),
    ] {
      if let field = HTTPFields.Element.Name(name) { headers[field] = value }
    }
    return Response(
      status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
  }

  /// A `text/event-stream` response with one `data:` event per version.
  static func events(_ versions: AsyncStream<Int>) -> Response {
    var headers = HTTPFields()
    headers[.contentType] = "text/event-stream"
    headers[.cacheControl] = "no-store"
    let body = ResponseBody { writer in
      for await version in versions {
        try await writer.write(ByteBuffer(string: "data: \(version)\n\n"))
      }
      try await writer.finish(nil)
    }
    return Response(status: .ok, headers: headers, body: body)
  }
}

/// Ends the event streams when the server is asked to stop, so that open browsers do not
/// hold the shutdown.
struct StreamCloser: Service {
  let state: LiveState

  func run() async throws {
    try? await gracefulShutdown()
    state.finish()
  }
}
