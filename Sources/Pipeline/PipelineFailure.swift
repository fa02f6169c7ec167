import OutputEscaping

/// A step of the pipeline that cannot go on, with what to tell the user and the exit status
/// the command line ends with (2 for bad input or output, 3 when Graphviz fails).
///
/// The pipeline never prints: the command that called it writes `text` to standard error.
public struct PipelineFailure: Error, Hashable, Sendable, CustomStringConvertible {
  /// The whole message, escaped for the terminal: one or more lines, each ending in a line
  /// break.
  public var text: String
  /// The exit status the command line ends with.
  public var status: Int32

  public init(text: String, status: Int32 = 2) {
    self.text = text
    self.status = status
  }

  /// `error: message` on one line, escaped for the terminal.
  public static func error(_ message: String, status: Int32 = 2) -> PipelineFailure {
    PipelineFailure(text: "error: \(Escaping.terminal(message))\n", status: status)
  }

  /// One line, escaped for the terminal as a whole, and exit status 2.
  public static func line(_ line: String) -> PipelineFailure {
    PipelineFailure(text: Escaping.terminal(line) + "\n")
  }

  public var description: String { text }
}
