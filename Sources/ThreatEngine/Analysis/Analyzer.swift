import DFDModel

/// Runs a catalogue's rules over a diagram and produces findings with their evidence and triage.
public struct Analyzer: Sendable {
  public let catalogue: Catalogue
  let implication: Implication
  /// The text of each compiled path, by probe id, for evidence.
  let pathTexts: [String]
  let elementRules: [RuleBox]
  let flowRules: [RuleBox]
  let boundaryRules: [RuleBox]

  public init(catalogue: Catalogue) {
    self.catalogue = catalogue
    var compiler = ConditionCompiler(Implication(catalogue.vocabulary))
    let rules = catalogue.rules.sorted { $0.id < $1.id }
    elementRules = rules.filter { $0.target == .element }.map { RuleBox($0, &compiler) }
    flowRules = rules.filter { $0.target == .flow }.map { RuleBox($0, &compiler) }
    boundaryRules = rules.filter { $0.target == .boundary }.map { RuleBox($0, &compiler) }
    implication = compiler.implication
    pathTexts = compiler.pathTexts
  }

  /// Every finding on `diagram`, ordered by target (elements, boundaries, flows, each in
  /// declaration order) and then by rule id, with triage attached.
  public func analyze(_ diagram: Diagram) -> Analysis {
    let index = ModelIndex(
      diagram: diagram, vocabulary: catalogue.vocabulary, implication: implication)
    var buckets = Buckets(diagram)
    var scratch = Scratch()
    var selectors = (RuleSelector(elementRules), RuleSelector(flowRules))
    for offset in diagram.elements.indices {
      let subject = Subject(target: .element, index: offset)
      let rules = selectors.0.rules(for: subject, in: index)
      buckets.elements[offset] = findings(rules, subject, index, &scratch)
    }
    for offset in diagram.boundaries.indices {
      let subject = Subject(target: .boundary, index: offset)
      buckets.boundaries[offset] = findings(boundaryRules, subject, index, &scratch)
    }
    for offset in diagram.flows.indices {
      let subject = Subject(target: .flow, index: offset)
      let rules = selectors.1.rules(for: subject, in: index)
      buckets.flows[offset] = findings(rules, subject, index, &scratch)
    }
    return TriageApplier(catalogue: catalogue, index: index).apply(diagram.triage, to: buckets)
  }

  /// The findings of `rules` on one subject, naming the subject only once.
  private func findings(
    _ rules: [RuleBox], _ subject: Subject, _ index: ModelIndex, _ scratch: inout Scratch
  ) -> [Finding] {
    var found: [Finding] = []
    var name: (id: String, phrase: String)?
    for rule in rules
    where index.evaluate(rule.condition, on: subject, reads: &scratch.reads, recording: false) {
      let target = name ?? index.name(of: subject)
      name = target
      found.append(finding(rule, subject, target, index, &scratch))
    }
    return found
  }

  /// The finding of `rule` on `subject`, or nil when the rule does not fire there.
  func check(_ box: RuleBox, _ subject: Subject, _ index: ModelIndex, _ scratch: inout Scratch)
    -> Finding?
  {
    guard index.evaluate(box.condition, on: subject, reads: &scratch.reads, recording: false)
    else { return nil }
    return finding(box, subject, index.name(of: subject), index, &scratch)
  }

  /// The finding of `box`, which fires on `subject`, with its evidence and raised severity.
  private func finding(
    _ box: RuleBox, _ subject: Subject, _ target: (id: String, phrase: String),
    _ index: ModelIndex, _ scratch: inout Scratch
  ) -> Finding {
    scratch.reads.removeAll(keepingCapacity: true)
    _ = index.evaluate(box.condition, on: subject, reads: &scratch.reads)
    let rule = box.rule
    var severity = rule.severity
    for (raise, condition) in zip(rule.raises, box.raises) {
      scratch.raiseReads.removeAll(keepingCapacity: true)
      if index.evaluate(condition, on: subject, reads: &scratch.raiseReads) {
        severity = max(severity, raise.to)
        scratch.reads += scratch.raiseReads
      }
    }
    return Finding(
      rule: rule.id, target: target.id, targetKind: subject.target.findingKind,
      stride: rule.stride, severity: severity, title: rule.title,
      description: target.phrase + box.separatedDescription, mitigations: rule.mitigations,
      references: rule.references, ask: rule.ask, why: evidence(scratch.reads))
  }

  /// One piece of evidence per path, in the order first read.
  func evidence(_ reads: [Read]) -> [Evidence] {
    var seen: [Int] = []
    var evidence: [Evidence] = []
    evidence.reserveCapacity(reads.count)
    for read in reads where !seen.contains(read.probe.id) {
      seen.append(read.probe.id)
      let resolution = read.resolution
      evidence.append(
        Evidence(
          path: pathTexts[read.probe.id], value: resolution.text, origin: resolution.origin,
          detail: resolution.detail?.text))
    }
    return evidence
  }
}

/// Buffers reused across evaluations, so that evidence recording does not allocate per rule.
struct Scratch {
  var reads: [Read] = []
  var raiseReads: [Read] = []
}

/// A rule behind a reference with its compiled conditions, so the hot loop copies one pointer.
final class RuleBox: Sendable {
  let rule: ThreatRule
  let condition: CompiledCondition
  /// The compiled `raise` conditions, in the rule's order.
  let raises: [CompiledCondition]
  /// `": " + description`, appended to each finding's target phrase.
  let separatedDescription: String
  /// The kind and category tests of the condition's top-level conjunction (`RuleSelector`).
  let gate: CompiledCondition?

  init(_ rule: ThreatRule, _ compiler: inout ConditionCompiler) {
    self.rule = rule
    condition = compiler.compile(rule.condition)
    raises = rule.raises.map { compiler.compile($0.condition) }
    separatedDescription = ": " + rule.description
    gate = condition.gate
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
