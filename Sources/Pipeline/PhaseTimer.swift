import Foundation

/// Measures the phases of a command (wall and user CPU time) for the hidden `--timings` flag,
/// for standard error; does nothing when disabled.
package struct PhaseTimer {
  package var enabled: Bool
  private var lines: [String] = []

  package init(enabled: Bool) {
    self.enabled = enabled
  }

  /// Runs `body`, recording its wall and user CPU time under `name`.
  package mutating func measure<T, Failure: Error>(
    _ name: String, _ body: () throws(Failure) -> T
  ) throws(Failure) -> T {
    guard enabled else { return try body() }
    let start = Start()
    let result = try body()
    record(name, since: start)
    return result
  }

  /// The start of a phase to `record`, for one that a closure cannot hold.
  package func start() -> Start { Start() }

  /// When a phase started, on the wall clock and in user CPU time.
  package struct Start {
    let wall = ContinuousClock.now
    let user = PhaseTimer.userSeconds()
  }

  /// Records the phase `name` that began at `start` (nothing when disabled).
  package mutating func record(_ name: String, since start: Start) {
    guard enabled else { return }
    let wall = start.wall.duration(to: .now)
    let wallSeconds = Double(wall.components.seconds) + Double(wall.components.attoseconds) * 1e-18
    lines.append(Self.line(name, wall: wallSeconds, user: Self.userSeconds() - start.user))
  }

  /// One line per phase and the peak resident set size, for standard error; empty when
  /// disabled.
  package func report() -> String {
    guard enabled else { return "" }
    let current = Self.usage()
    // ru_maxrss is in kilobytes on Linux (bytes on macOS, where this is only approximate).
    let rss = "timing: max-rss \(current.ru_maxrss / 1024) MB\n"
    return lines.joined() + rss
  }

  /// `timing: analyse wall 0.412 s user 0.398 s`, padded so columns line up.
  private static func line(_ name: String, wall: Double, user: Double) -> String {
    let padded = name.padding(toLength: 10, withPad: " ", startingAt: 0)
    return "timing: \(padded) wall \(String(format: "%.3f", wall)) s"
      + " user \(String(format: "%.3f", user)) s\n"
  }

  /// The user CPU time of the process so far, in seconds.
  private static func userSeconds() -> Double {
    let current = usage()
    return Double(current.ru_utime.tv_sec) + Double(current.ru_utime.tv_usec) * 1e-6
  }

  private static func usage() -> rusage {
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    return usage
  }
}
