import ArgumentParser
import Foundation
import OutputEscaping

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

  /// Writes model or catalogue text to standard output with control characters made visible,
  /// so no escape sequence in it reaches the terminal.
  static func writeText(_ text: String) {
    FileHandle.standardOutput.write(Data(Escaping.terminal(text, keepingLineBreaks: true).utf8))
  }

  /// Writes text to standard error.
  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(text.utf8))
  }
}

extension Terminal {
  /// The width to wrap standard output to: the terminal's, else `COLUMNS`, else 100.
  static func width() -> Int {
    var size = winsize()
    if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0,
      size.ws_col > 0
    {
      return Int(size.ws_col)
    }
    if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
      return columns
    }
    return 100
  }
}
