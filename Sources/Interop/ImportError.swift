import OutputEscaping

/// Why a file could not be imported, and where in it (a JSON path such as
/// `$.detail.diagrams[0].cells[2].source`).
public struct ImportError: Error, Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public var path: String

  public init(_ message: String, at path: String) {
    self.message = message
    self.path = path
  }

  /// `PATH: MESSAGE`, with control and bidirectional characters made visible.
  public var description: String { Escaping.terminal("\(path): \(message)") }
}

/// Something an import mapped with a loss or a guess; the tool prints it as a warning.
public struct ImportWarning: Hashable, Sendable, CustomStringConvertible {
  public var message: String
  public var path: String

  public init(_ message: String, at path: String) {
    self.message = message
    self.path = path
  }

  public var description: String { Escaping.terminal("\(path): \(message)") }
}
