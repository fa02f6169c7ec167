import Hummingbird

/// Refuses requests whose `Host` is not this machine when the server listens on loopback
/// only, so that a web page cannot read the report through DNS rebinding.
struct HostCheck: Sendable {
  /// The names of this machine that a loopback server answers to.
  static let loopback: Set<String> = ["127.0.0.1", "localhost", "::1", "[::1]"]

  /// Whether only loopback names are accepted (the server is bound to loopback).
  let loopbackOnly: Bool

  init(boundTo host: String) { loopbackOnly = Self.loopback.contains(host.lowercased()) }

  /// Whether a request with this `Host` (`authority`) is answered.
  func allows(_ authority: String?) -> Bool {
    guard loopbackOnly else { return true }
    guard let authority else { return false }
    return Self.loopback.contains(Self.hostName(authority).lowercased())
  }

  /// The host part of `host[:port]` or `[v6]:port`.
  static func hostName(_ authority: String) -> String {
    if authority.hasPrefix("[") {
      guard let end = authority.firstIndex(of: "]") else { return authority }
      return String(authority[...end])
    }
    return String(authority.prefix { $0 != ":" })
  }

  /// The answer to a request for another host.
  static var refusal: Response {
    var headers = HTTPFields()
    headers[.contentType] = "text/plain; charset=utf-8"
    let text = "403: this preview answers only to 127.0.0.1 and localhost\n"
    return Response(
      status: .forbidden, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text))
    )
  }
}
