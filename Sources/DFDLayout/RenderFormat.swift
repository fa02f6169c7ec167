/// An output format of a rendered diagram.
public enum RenderFormat: String, Hashable, Sendable, CaseIterable {
  case svg, png, pdf
  /// The DOT text itself, before layout.
  case dot

  /// Whether the output is binary (not for a terminal).
  public var isBinary: Bool { self == .png || self == .pdf }
}

/// The result of a render: the bytes, plus what Graphviz complained about.
public struct Rendering: Hashable, Sendable {
  public var data: [UInt8]
  /// Graphviz's own warnings and errors, one message per line, in the order reported.
  public var messages: [String]
  /// Whether the layout reported an error and the picture may be incomplete.
  public var isDegraded: Bool
  /// Why a cheaper layout than the one asked for was drawn (it did not finish within its time
  /// budget, or Graphviz crashed on it), for a warning; nil when the layout asked for was drawn.
  public var fallback: String?
  /// How many flows still run through boundary titles once they were moved off the flows
  /// (`GraphvizRenderer`); 0 where text was not moved.
  public var flowsThroughTitles = 0
  /// How many flow labels a flow still runs through, or that cover an element, a title or
  /// another label, once moved (`FlowLabelPlacement`); 0 where text was not moved.
  public var labelsCrossed = 0

  public init(data: [UInt8], messages: [String] = [], isDegraded: Bool = false) {
    self.data = data
    self.messages = messages
    self.isDegraded = isDegraded
  }
}

/// Why Graphviz could not produce a picture.
public enum GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The layout engine or an output device is not installed or not configured.
  case missingPlugin(kind: String, name: String)
  /// Graphviz could not read the DOT text.
  case unreadableDOT(messages: [String])
  /// Layout failed outright.
  case layoutFailed(messages: [String])
  /// Rendering to the format failed.
  case renderFailed(format: String, messages: [String])
  /// The layout did not finish within its time budget and was stopped.
  case layoutTimedOut(seconds: Double)
  /// Graphviz crashed during the layout (in a child process, so only the layout was lost).
  case layoutCrashed(signal: Int32)

  public var description: String {
    switch self {
    case .missingPlugin(let kind, let name):
      return "Graphviz has no \(kind) plugin '\(name)': install it with "
        + "`apt-get install libgraphviz-dev graphviz`, or, if it is installed, register the "
        + "plugins by running `dot -c` as root"
    case .unreadableDOT(let messages):
      return "Graphviz could not read the diagram: " + messages.joined(separator: "; ")
    case .layoutFailed(let messages):
      return "Graphviz layout failed: " + messages.joined(separator: "; ")
    case .renderFailed(let format, let messages):
      return "Graphviz could not render \(format): " + messages.joined(separator: "; ")
    case .layoutTimedOut(let seconds):
      return "the layout did not finish within \(seconds) s"
    case .layoutCrashed(let signal):
      return "Graphviz crashed during the layout (signal \(signal))"
    }
  }
}
