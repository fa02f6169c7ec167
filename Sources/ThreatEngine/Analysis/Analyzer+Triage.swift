import DFDModel

/// What checking a model's `threat` statements found: problems, and what bulk statements touched.
public struct TriageOutcome: Hashable, Sendable {
  public var problems: [TriageProblem]
  public var coverage: [TriageCoverage]
}

extension Analyzer {
  /// The triage problems of `diagram` alone (stale, duplicate or misplaced `threat` statements),
  /// evaluating only the rules the statements name, on their targets: what `check` needs.
  ///
  /// Indexes the diagram only when a statement triages a catalogue finding.
  public func triageProblems(_ diagram: Diagram) -> [TriageProblem] {
    guard !diagram.triage.isEmpty else { return [] }
    guard triageNeedsIndex(diagram) else {
      let locator = SubjectLocator(diagram)
      let triage = TriageApplier(
        diagram.triage, diagram: diagram, catalogue: catalogue, locate: locator.locate)
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
    triageOutcome(prepared).problems
  }

  /// The triage problems of a prepared diagram and what its bulk statements touched, evaluating
  /// only the rules the statements name, on the targets they cover.
  public func triageOutcome(_ prepared: PreparedDiagram) -> TriageOutcome {
    let diagram = prepared.diagram
    guard !diagram.triage.isEmpty else { return TriageOutcome(problems: [], coverage: []) }
    let index = index(of: prepared)
    var triage = TriageApplier(
      diagram.triage, diagram: diagram, catalogue: catalogue, locate: index.locate)
    let rules = Dictionary(
      (elementRules + flowRules + boundaryRules).map { ($0.rule.id, $0) },
      uniquingKeysWith: { first, _ in first })
    var done = Set<String>()
    func settle(_ box: RuleBox, _ subject: Subject) {
      guard let finding = check(box, subject, index), done.insert(finding.id).inserted else {
        return
      }
      var found = [finding]
      triage.settle(subject, &found, from: 0)
    }
    for statement in diagram.triage where !statement.selector.isBulk {
      guard let box = rules[statement.rule], let subject = index.locate(statement.target),
        subject.target == box.rule.target
      else { continue }
      settle(box, subject)
    }
    for rule in Set(diagram.triage.filter(\.selector.isBulk).map(\.rule)).sorted() {
      guard let box = rules[rule] else { continue }
      for subject in subjects(of: box.rule.target, in: diagram)
      where triage.bulkCovers(rule: rule, target: index.subjectID(subject)) {
        settle(box, subject)
      }
    }
    return TriageOutcome(
      problems: triage.finish(catalogue, locate: index.locate), coverage: triage.coverage)
  }

  /// Every element, boundary or flow of `diagram`, in declaration order.
  private func subjects(of target: RuleTarget, in diagram: Diagram) -> [Subject] {
    let count: Int
    switch target {
    case .element: count = diagram.elements.count
    case .boundary: count = diagram.boundaries.count
    case .flow: count = diagram.flows.count
    }
    return (0..<count).map { Subject(target: target, index: $0) }
  }
}
