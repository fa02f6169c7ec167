import DFDModel

/// The result of an import: a model, the comments to write beside its statements (what could
/// not be mapped) and the warnings to show.
public struct ImportedModel: Hashable, Sendable {
  public var diagram: Diagram
  /// Comment lines to write before the statement that declares an id; the empty key holds the
  /// file's header.
  public var comments: [String: [String]]
  public var warnings: [ImportWarning]

  public init(
    diagram: Diagram, comments: [String: [String]] = [:], warnings: [ImportWarning] = []
  ) {
    self.diagram = diagram
    self.comments = comments
    self.warnings = warnings
  }

  /// The model as formatted .dfd text.
  public var text: String { DFDTextWriter(comments: comments).write(diagram) }

  mutating func comment(_ id: String, _ line: String) { comments[id, default: []].append(line) }
}

/// What an import needs to know about the catalogue in force.
public struct ImportContext: Sendable {
  /// The catalogue's vocabulary (kinds and protocols).
  public var vocabulary: Vocabulary
  /// The catalogue's rule ids: a threat named after one becomes triage of that rule's finding.
  public var rules: Set<String>

  public init(vocabulary: Vocabulary, rules: Set<String>) {
    self.vocabulary = vocabulary
    self.rules = rules
  }
}
