import DFDModel
import Diagnostics

/// What the resolver makes of a model: the diagram, where each part was declared, and problems.
public struct ResolvedModel: Sendable {
  public var diagram: Diagram
  public var sourceMap: SourceMap
  public var diagnostics: [Diagnostic]

  public init(diagram: Diagram, sourceMap: SourceMap, diagnostics: [Diagnostic]) {
    self.diagram = diagram
    self.sourceMap = sourceMap
    self.diagnostics = diagnostics
  }

  /// Whether any diagnostic is an error.
  public var hasErrors: Bool { diagnostics.contains { $0.isError } }
}
