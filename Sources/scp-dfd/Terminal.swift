import ArgumentParser
import Diagnostics
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

  /// Writes a message to standard error with control characters and bidirectional overrides
  /// made visible (line breaks kept): every message goes through here, whatever stage made it,
  /// so none can send escape sequences to the terminal.
  static func writeError(_ text: String) {
    FileHandle.standardError.write(Data(Escaping.terminal(text, keepingLineBreaks: true).utf8))
  }

  /// Writes a one-line message to standard error as `writeError` does, with any line break
  /// inside it made visible too, then a newline: text it quotes cannot start a line of its own.
  static func writeErrorLine(_ line: String) {
    FileHandle.standardError.write(Data((Escaping.terminal(line) + "\n").utf8))
  }

  /// Writes diagnostics as `DiagnosticRenderer` made them: it escapes the text it quotes and
  /// adds only its own colour codes, which `writeError` would make visible.
  static func writeRenderedDiagnostics(_ text: String) {
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
