import DFDModel

/// A diagram indexed for one analyser, so that checking its triage and analysing it share the
/// index instead of building it twice.
public struct PreparedDiagram: Hashable, Sendable {
  let index: ModelIndex
  /// The analyser whose catalogue the index was built for.
  let owner: Analyzer.Identity

  /// The diagram indexed.
  public var diagram: Diagram { index.diagram }

  public static func == (lhs: Self, rhs: Self) -> Bool {
    lhs.owner === rhs.owner && lhs.diagram == rhs.diagram
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(ObjectIdentifier(owner))
    hasher.combine(diagram)
  }
}

extension Analyzer {
  /// Identifies one analyser, so that a prepared diagram is only used with the catalogue it was
  /// indexed for.
  final class Identity: Sendable {}

  /// `diagram` indexed for this analyser's catalogue, for `analyze(_:)` and `triageProblems(_:)`.
  public func prepare(_ diagram: Diagram) -> PreparedDiagram {
    PreparedDiagram(
      index: ModelIndex(
        diagram: diagram, vocabulary: catalogue.vocabulary, implication: implication),
      owner: identity)
  }

  /// The index of `prepared`, or a new one when another analyser prepared it.
  func index(of prepared: PreparedDiagram) -> ModelIndex {
    prepared.owner === identity ? prepared.index : prepare(prepared.diagram).index
  }
}
