#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A pipe whose read end becomes readable, and stays so, once `signal()` is called: it wakes
/// a thread blocked in `poll` for good.
final class WakePipe: @unchecked Sendable {
  /// The end to poll for reading.
  let readEnd: Int32
  private let writeEnd: Int32

  init() {
    var ends: [Int32] = [-1, -1]
    if pipe(&ends) == 0 {
      for end in ends {
        _ = fcntl(end, F_SETFD, FD_CLOEXEC)
        _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      }
    }
    readEnd = ends[0]
    writeEnd = ends[1]
  }

  deinit {
    close(readEnd)
    close(writeEnd)
  }

  /// Makes the read end readable (a byte that is never read).
  func signal() {
    var byte: UInt8 = 1
    _ = write(writeEnd, &byte, 1)
  }

  /// Waits up to `milliseconds` (-1: without limit) for `descriptor` (if any) or the pipe;
  /// says which woke it.
  func waitReadable(_ descriptor: Int32?, milliseconds: Int32) -> (signalled: Bool, ready: Bool) {
    var fds = [pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)]
    if let descriptor { fds.append(pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)) }
    while true {
      let count = fds.withUnsafeMutableBufferPointer { buffer in
        poll(buffer.baseAddress, nfds_t(buffer.count), milliseconds)
      }
      if count < 0, errno == EINTR { continue }
      let signalled = fds[0].revents != 0
      let ready = fds.count > 1 && fds[1].revents != 0
      return (signalled, ready)
    }
  }
}
