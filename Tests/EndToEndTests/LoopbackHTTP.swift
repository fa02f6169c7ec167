import Foundation

/// A plain HTTP/1.1 client over a loopback socket, for tests: reads with a deadline, so a
/// test can wait for server-sent events without hanging.
final class LoopbackHTTP {
  private let socket: Int32
  private(set) var received = ""

  /// Connects to 127.0.0.1:`port` and sends `GET path`.
  init(port: Int, path: String, host: String = "127.0.0.1") throws {
    socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = in_port_t(UInt16(port).bigEndian)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    let connected = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
        connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
      }
    }
    guard connected == 0 else { throw POSIXError(.ECONNREFUSED) }
    let request = "GET \(path) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\n\r\n"
    _ = request.withCString { send(socket, $0, strlen($0), 0) }
  }

  deinit { close(socket) }

  /// Reads until `received` contains `text` or `seconds` pass; says whether it came.
  @discardableResult
  func read(until text: String, within seconds: Double = 10) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    var buffer = [UInt8](repeating: 0, count: 65536)
    while !received.contains(text) {
      let left = Int32(deadline.timeIntervalSinceNow * 1000)
      guard left > 0 else { return false }
      var descriptor = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
      guard poll(&descriptor, 1, left) > 0 else { return false }
      let count = recv(socket, &buffer, buffer.count, 0)
      guard count > 0 else { return received.contains(text) }
      received += String(decoding: buffer[0..<count], as: UTF8.self)
    }
    return true
  }

  /// The whole response of a `Connection: close` request.
  static func get(port: Int, path: String, host: String = "127.0.0.1") throws -> String {
    let client = try LoopbackHTTP(port: port, path: path, host: host)
    client.read(until: "\u{0}", within: 10)  // to the end of the stream
    return client.received
  }
}
