import DFDModel

extension Analyzer {
  /// The triage problems of `diagram` alone (stale, duplicate or misplaced `threat` statements),
  /// evaluating only the rules the statements name, on their targets: what `check` needs.
  ///
  /// Indexes the diagram only when a statement triages a catalogue finding.
  public func triageProblems(_ diagram: Diagram) -> [TriageProblem] {
    guard !diagram.triage.isEmpty else { return [] }
    guard triageNeedsIndex(diagram) else {
      let locator = SubjectLocator(diagram)
      let triage = TriageApplier(diagram.triage, catalogue: catalogue, locate: locator.locate)
      return triage.finish(catalogue, locate: locator.locate)
    }
    return triageProblems(prepare(diagram))
  }

  /// Whether checking the `threat` statements of `diagram` evaluates rules, and so needs the
  /// diagram prepared: whether a statement triages a catalogue finding rather than defining a
  /// model-specific threat.
  public func triageNeedsIndex(_ diagram: Diagram) -> Bool {
    let ids = Set(catalogue.rules.map(\.id))
    return diagram.triage.contains { !($0.definesThreat && !ids.contains($0.rule)) }
  }

  /// The triage problems of a prepared diagram, as `triageProblems(_:)` on its diagram gives them.
  public func triageProblems(_ prepared: PreparedDiagram) -> [TriageProblem] {
    let diagram = prepared.diagram
    guard !diagram.triage.isEmpty else { return [] }
    let index = index(of: prepared)
    var triage = TriageApplier(diagram.triage, catalogue: catalogue, locate: index.locate)
    let rules = Dictionary(
      (elementRules + flowRules + boundaryRules).map { ($0.rule.id, $0) },
      uniquingKeysWith: { first, _ in first })
    var done = Set<String>()
    for statement in diagram.triage where done.insert(statement.findingID).inserted {
      guard let box = rules[statement.rule], let subject = index.locate(statement.target),
        subject.target == box.rule.target,
        let finding = check(box, subject, index)
      else { continue }
      var found = [finding]
      triage.settle(subject, &found, from: 0)
    }
    return triage.finish(catalogue, locate: index.locate)
  }
}
