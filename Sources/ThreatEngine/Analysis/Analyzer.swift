import DFDModel

/// Runs a catalogue's rules over a diagram and produces findings with their evidence and triage.
public struct Analyzer: Sendable {
  public let catalogue: Catalogue
  let implication: Implication
  /// Every rule's compiled conditions.
  let program: ConditionProgram
  /// The text of each compiled path, by probe id, for evidence.
  let pathTexts: [String]
  /// Every compiled path, by probe id.
  let probes: [Probe]
  let elementRules: [RuleBox]
  let flowRules: [RuleBox]
  let boundaryRules: [RuleBox]
  /// Per probe id: how stating its attribute would clear a finding, if it reads a control or
  /// a hazard.
  let clearingHints: [ClearingHint?]
  let identity = Identity()

  public init(catalogue: Catalogue) {
    self.catalogue = catalogue
    var compiler = ConditionCompiler(Implication(catalogue.vocabulary))
    let rules = catalogue.rules.sorted { $0.id < $1.id }
    elementRules = rules.filter { $0.target == .element }.map { RuleBox($0, &compiler) }
    flowRules = rules.filter { $0.target == .flow }.map { RuleBox($0, &compiler) }
    boundaryRules = rules.filter { $0.target == .boundary }.map { RuleBox($0, &compiler) }
    implication = compiler.implication
    program = compiler.program
    pathTexts = compiler.pathTexts
    probes = compiler.probes
    clearingHints = compiler.pathTexts.map {
      ClearingHint(path: $0, vocabulary: catalogue.vocabulary)
    }
  }

  /// Every finding on `diagram`, ordered by target (elements, boundaries, flows, each in
  /// declaration order) and then by rule id, with triage attached.
  public func analyze(_ diagram: Diagram) -> Analysis {
    analyze(prepare(diagram))
  }

  /// Every finding on a prepared diagram, as `analyze(_:)` on its diagram gives them.
  ///
  /// One thread: indexing and analysing 10,000 elements and 30,000 flows takes 0.28 s of CPU
  /// (median of 7 runs interleaved with the former two-thread version, which took 0.33 s and
  /// was no faster in wall time on the shared two-core machine), so threads are not worth it.
  public func analyze(_ prepared: PreparedDiagram) -> Analysis {
    let index = index(of: prepared)
    var triage = TriageApplier(
      index.diagram.triage, diagram: index.diagram, catalogue: catalogue, locate: index.locate)
    let found = findings(index, &triage)
    return Analysis(
      findings: found, problems: triage.finish(catalogue, locate: index.locate),
      coverage: triage.coverage)
  }

  /// The findings of every subject (elements, boundaries, flows, each in declaration order),
  /// settled by `triage`, in report order.
  func findings(_ index: ModelIndex, _ triage: inout TriageApplier) -> [Finding] {
    var found: [Finding] = []
    var evaluation = Evaluation(probes: pathTexts.count)
    var pair = Evaluation(probes: pathTexts.count)
    var selectors = [elementRules, boundaryRules, flowRules].map(RuleSelector.init)
    for (selector, target, count) in [
      (0, RuleTarget.element, index.diagram.elements.count),
      (1, .boundary, index.diagram.boundaries.count), (2, .flow, index.diagram.flows.count),
    ] {
      for position in 0..<count {
        let subject = Subject(target: target, index: position)
        evaluation.start()
        let first = found.count
        findings(&selectors[selector], subject, index, &evaluation, &pair, into: &found)
        triage.settle(subject, &found, from: first)
      }
    }
    return found
  }

  /// Appends the findings of the rules `selector` picks for `subject` to `found`, naming the
  /// subject only once.
  private func findings(
    _ selector: inout RuleSelector, _ subject: Subject, _ index: ModelIndex,
    _ evaluation: inout Evaluation, _ pair: inout Evaluation, into found: inout [Finding]
  ) {
    var name: (id: String, phrase: String)?
    let forward = subject.target == .flow ? index.forwardHalf[subject.index] : nil
    for position in selector.rules(for: subject, in: index, program, &evaluation) {
      evaluation.reads.removeAll(keepingCapacity: true)
      guard index.evaluate(selector.conditions[position], in: program, on: subject, &evaluation)
      else { continue }
      // A two-way flow is one conversation: what fires on both halves is reported once, on
      // the forward half.
      if let forward, firesOnForwardHalf(selector.rules[position], forward, index, &pair) {
        continue
      }
      let target = name ?? index.name(of: subject)
      name = target
      found.append(finding(selector.rules[position], subject, target, index, &evaluation))
    }
  }

  /// Whether `box` fires on flow `forward` (the forward half of a two-way flow).
  private func firesOnForwardHalf(
    _ box: RuleBox, _ forward: Int, _ index: ModelIndex, _ evaluation: inout Evaluation
  ) -> Bool {
    evaluation.start()
    return index.evaluate(
      box.condition, in: program, on: Subject(target: .flow, index: forward), &evaluation)
  }

  /// The finding of `rule` on `subject`, or nil when the rule does not fire there.
  func check(_ box: RuleBox, _ subject: Subject, _ index: ModelIndex) -> Finding? {
    var evaluation = Evaluation(probes: pathTexts.count)
    guard index.evaluate(box.condition, in: program, on: subject, &evaluation) else { return nil }
    return finding(box, subject, index.name(of: subject), index, &evaluation)
  }

  /// The finding of `box`, which fires on `subject`, with its evidence and raised severity;
  /// `evaluation.reads` holds what its condition read.
  private func finding(
    _ box: RuleBox, _ subject: Subject, _ target: (id: String, phrase: String),
    _ index: ModelIndex, _ evaluation: inout Evaluation
  ) -> Finding {
    let rule = box.rule
    var severity = rule.severity
    var decisive: [Int] = []
    _ = index.explain(box.condition, in: program, on: subject, &evaluation, into: &decisive)
    let basis = basis(of: decisive, evaluation, subject, index)
    let clearing = decisive
    for (raise, condition) in zip(rule.raises, box.raises) {
      var reads: [Int] = []
      if index.explain(condition, in: program, on: subject, &evaluation, into: &reads) {
        severity = max(severity, raise.to)
        decisive += reads
      }
    }
    let description = ModelIndex.joined(target.phrase, box.separatedDescription)
    return Finding(
      rule: rule.id, target: target.id, targetKind: subject.target.findingKind,
      stride: rule.stride, severity: severity, title: rule.title,
      description: description, mitigations: rule.mitigations,
      references: rule.references, ask: rule.ask,
      why: evidence(decisive, evaluation, subject, index), basis: basis, linddun: rule.linddun,
      clearedBy: clearedBy(clearing, evaluation, subject, index),
      assumed: basis == .presumed ? assumptions(clearing, evaluation, subject, index) : [])
  }

  /// One piece of evidence per path in `reads`, in the order first read.
  func evidence(
    _ reads: [Int], _ evaluation: Evaluation, _ subject: Subject, _ index: ModelIndex
  ) -> [Evidence] {
    var evidence: [Evidence] = []
    evidence.reserveCapacity(reads.count)
    for position in reads.indices where !reads[..<position].contains(reads[position]) {
      let probe = reads[position]
      // Kind and category tests read kinds without resolving them; values are the same.
      let resolution = evaluation.resolution(probe) ?? index.resolve(probes[probe], subject)
      evidence.append(
        Evidence(
          path: pathTexts[probe], value: resolution.text, origin: resolution.origin,
          detail: resolution.detail.isEmpty ? nil : resolution.detail))
    }
    return evidence
  }
}

/// A rule behind a reference with its compiled conditions, so the hot loop copies one pointer.
final class RuleBox: Sendable {
  let rule: ThreatRule
  /// The root of the compiled condition in the analyser's `ConditionProgram`.
  let condition: Int
  /// The roots of the compiled `raise` conditions, in the rule's order.
  let raises: [Int]
  /// `": " + description`, appended to each finding's target phrase.
  let separatedDescription: String
  /// The roots of the kind and category tests of the condition's top-level conjunction
  /// (`RuleSelector`).
  let gate: [Int]

  init(_ rule: ThreatRule, _ compiler: inout ConditionCompiler) {
    self.rule = rule
    condition = compiler.compile(rule.condition)
    raises = rule.raises.map { compiler.compile($0.condition) }
    separatedDescription = ": " + rule.description
    gate = compiler.program.gate(of: condition)
  }
}

extension RuleTarget {
  var findingKind: Finding.TargetKind {
    switch self {
    case .element: return .element
    case .flow: return .flow
    case .boundary: return .boundary
    }
  }
}
