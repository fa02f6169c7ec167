/// A place in a model file, 1-based, columns counted in characters.
public struct SourceLocation: Hashable, Sendable, Codable {
  public var file: String
  public var line: Int
  public var column: Int
  public var endLine: Int
  public var endColumn: Int

  public init(file: String, line: Int, column: Int, endLine: Int? = nil, endColumn: Int? = nil) {
    self.file = file
    self.line = line
    self.column = column
    self.endLine = endLine ?? line
    self.endColumn = endColumn ?? column
  }
}

/// Where each element, boundary, flow, data asset and threat statement was declared.
///
/// Kept apart from `Diagram` so that two models that mean the same compare equal.
public struct SourceMap: Hashable, Sendable {
  /// Declarations by identifier (elements, boundaries, data assets and flows share one namespace
  /// of unique identifiers).
  public var declarations: [String: SourceLocation]
  /// The location of each `threat` statement, in the order of `Diagram.triage`.
  public var triage: [SourceLocation]
  /// The location of the `model` statement, if any.
  public var model: SourceLocation?

  public init(
    declarations: [String: SourceLocation] = [:], triage: [SourceLocation] = [],
    model: SourceLocation? = nil
  ) {
    self.declarations = declarations
    self.triage = triage
    self.model = model
  }

  public subscript(id: String) -> SourceLocation? { declarations[id] }
}
