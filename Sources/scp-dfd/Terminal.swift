import ArgumentParser
import Foundation

/// When to colour output.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
  case auto, always, never
}

/// What the process knows about where its output goes.
enum Terminal {
  /// Whether to colour text written to `descriptor`: on a terminal (or when forced), and never
  /// when `NO_COLOR` is set.
  static func usesColor(_ choice: ColorChoice, descriptor: Int32 = STDERR_FILENO) -> Bool {
    let environment = ProcessInfo.processInfo.environment
    if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
    switch choice {
    case .always: return true
    case .never: return false
    case .auto: return isatty(descriptor) == 1 && environment["TERM"] != "dumb"
    }
  }

  /// Writes text to standard error.
  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}
