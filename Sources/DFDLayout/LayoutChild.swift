#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs one layout in a forked child process with a deadline: Graphviz cannot be cancelled from
/// another thread, but a child can be killed, and a crash inside Graphviz kills only the child.
///
/// The caller holds the Graphviz lock while forking, so no other thread is inside Graphviz and
/// the child's copy of its state is consistent. The child writes its bytes to a pipe and leaves
/// with `_exit`, running no exit handlers of the parent's.
enum LayoutChild {
  /// How the child ended.
  enum Outcome: Equatable {
    /// It finished and wrote these bytes.
    case finished([UInt8])
    /// The work gave no result (Graphviz reported an error), or no child could be started.
    case failed
    /// The deadline passed; the child was killed.
    case timedOut
    /// The child died of this signal.
    case crashed(signal: Int32)
  }

  /// Runs `work` in a child and waits at most `seconds` for its bytes.
  static func run(deadline seconds: Double, _ work: () -> [UInt8]?) -> Outcome {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { return .failed }
    let pid = fork()
    if pid == 0 {
      close(ends[0])
      // Graphviz's messages are captured, not printed; a crash report would only be noise.
      let null = open("/dev/null", O_WRONLY)
      if null >= 0 { dup2(null, 2) }
      guard let bytes = work(), writeAll(ends[1], bytes) else { _exit(1) }
      _exit(0)
    }
    close(ends[1])
    defer { close(ends[0]) }
    guard pid > 0 else { return .failed }
    let clock = ContinuousClock()
    let end = clock.now.advanced(by: .milliseconds(Int64(seconds * 1000)))
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let left = clock.now.duration(to: end)
      guard left > .zero else {
        kill(pid, SIGKILL)
        _ = wait(for: pid)
        return .timedOut
      }
      let (whole, fraction) = left.components
      let milliseconds = Int32(min(whole * 1000 + fraction / 1_000_000_000_000_000 + 1, 60_000))
      var poller = pollfd(fd: ends[0], events: Int16(POLLIN), revents: 0)
      let ready = poll(&poller, 1, milliseconds)
      if ready < 0, errno == EINTR { continue }
      guard ready > 0 else { continue }
      let count = buffer.withUnsafeMutableBytes { read(ends[0], $0.baseAddress, $0.count) }
      if count < 0, errno == EINTR { continue }
      guard count > 0 else { break }
      bytes += buffer[0..<count]
    }
    let status = wait(for: pid)
    if status & 0x7f != 0 { return .crashed(signal: status & 0x7f) }
    return (status >> 8) & 0xff == 0 ? .finished(bytes) : .failed
  }

  /// The raw wait status of child `pid`, retrying on interruption.
  private static func wait(for pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    return status
  }

  /// Writes all of `bytes` to `fd`; false when the pipe fails.
  private static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return true }
      var offset = 0
      while offset < raw.count {
        let written = write(fd, base + offset, raw.count - offset)
        if written < 0, errno == EINTR { continue }
        guard written > 0 else { return false }
        offset += written
      }
      return true
    }
  }
}
