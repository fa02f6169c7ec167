import DFDModel

extension Analyzer {
  /// The triage problems of `diagram` alone (stale, duplicate or misplaced `threat` statements),
  /// evaluating only the rules the statements name, on their targets: what `check` needs.
  public func triageProblems(_ diagram: Diagram) -> [TriageProblem] {
    guard !diagram.triage.isEmpty else { return [] }
    let index = ModelIndex(
      diagram: diagram, vocabulary: catalogue.vocabulary, implication: implication)
    let applier = TriageApplier(catalogue: catalogue, index: index)
    let rules = Dictionary(
      (elementRules + flowRules + boundaryRules).map { ($0.rule.id, $0) },
      uniquingKeysWith: { first, _ in first })
    var buckets = Buckets(diagram)
    var scratch = Scratch()
    var done = Set<String>()
    for statement in diagram.triage where done.insert(statement.findingID).inserted {
      guard let box = rules[statement.rule], let subject = applier.locate(statement.target),
        subject.target == box.rule.target,
        let finding = check(box, subject, index, &scratch)
      else { continue }
      switch subject.target {
      case .element: buckets.elements[subject.index].append(finding)
      case .boundary: buckets.boundaries[subject.index].append(finding)
      case .flow: buckets.flows[subject.index].append(finding)
      }
    }
    return applier.apply(diagram.triage, to: buckets).problems
  }
}
