import DFDModel

/// A problem in a catalogue file, at a place in it.
public struct CatalogueError: Error, Hashable, Sendable, CustomStringConvertible {
  public var file: String
  public var line: Int
  public var column: Int
  public var message: String

  public init(file: String, line: Int, column: Int, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.message = message
  }

  /// `file:line:col: error: message`, as compilers print it.
  public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
