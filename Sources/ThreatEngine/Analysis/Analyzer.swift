import DFDModel

/// Runs a catalogue's rules over a diagram and produces findings with their evidence and triage.
public struct Analyzer: Sendable {
  public let catalogue: Catalogue
  let implication: Implication
  let elementRules: [RuleBox]
  let flowRules: [RuleBox]
  let boundaryRules: [RuleBox]

  public init(catalogue: Catalogue) {
    self.catalogue = catalogue
    implication = Implication(catalogue.vocabulary)
    let rules = catalogue.rules.sorted { $0.id < $1.id }
    elementRules = rules.filter { $0.target == .element }.map(RuleBox.init)
    flowRules = rules.filter { $0.target == .flow }.map(RuleBox.init)
    boundaryRules = rules.filter { $0.target == .boundary }.map(RuleBox.init)
  }

  /// Every finding on `diagram`, ordered by target (elements, boundaries, flows, each in
  /// declaration order) and then by rule id, with triage attached.
  public func analyze(_ diagram: Diagram) -> Analysis {
    let index = ModelIndex(
      diagram: diagram, vocabulary: catalogue.vocabulary, implication: implication)
    var reads: [Read] = []
    reads.reserveCapacity(32)
    var buckets = Buckets(diagram)
    for offset in diagram.elements.indices {
      for rule in elementRules {
        if let finding = check(rule, Subject(target: .element, index: offset), index, &reads) {
          buckets.elements[offset].append(finding)
        }
      }
    }
    for offset in diagram.boundaries.indices {
      for rule in boundaryRules {
        if let finding = check(rule, Subject(target: .boundary, index: offset), index, &reads) {
          buckets.boundaries[offset].append(finding)
        }
      }
    }
    for offset in diagram.flows.indices {
      for rule in flowRules {
        if let finding = check(rule, Subject(target: .flow, index: offset), index, &reads) {
          buckets.flows[offset].append(finding)
        }
      }
    }
    return TriageApplier(catalogue: catalogue, index: index).apply(diagram.triage, to: buckets)
  }

  /// The finding of `rule` on `subject`, or nil when the rule does not fire there.
  func check(_ box: RuleBox, _ subject: Subject, _ index: ModelIndex, _ reads: inout [Read])
    -> Finding?
  {
    reads.removeAll(keepingCapacity: true)
    guard index.evaluate(box.condition, on: subject, reads: &reads, recording: false) else {
      return nil
    }
    _ = index.evaluate(box.condition, on: subject, reads: &reads)
    let rule = box.rule
    var severity = rule.severity
    for raise in rule.raises {
      var raiseReads: [Read] = []
      if index.evaluate(raise.condition, on: subject, reads: &raiseReads) {
        severity = max(severity, raise.to)
        reads += raiseReads
      }
    }
    let target = index.name(of: subject)
    return Finding(
      rule: rule.id, target: target.id, targetKind: subject.target.findingKind,
      stride: rule.stride, severity: severity, title: rule.title,
      description: "\(target.phrase): \(rule.description)", mitigations: rule.mitigations,
      references: rule.references, ask: rule.ask, why: Self.evidence(reads))
  }

  /// One piece of evidence per path, in the order first read.
  static func evidence(_ reads: [Read]) -> [Evidence] {
    var seen = Set<String>()
    var evidence: [Evidence] = []
    for read in reads {
      let path = read.path.description
      guard seen.insert(path).inserted else { continue }
      let resolution = read.resolution
      evidence.append(
        Evidence(
          path: path, value: resolution.text, origin: resolution.origin,
          detail: resolution.detail?.text))
    }
    return evidence
  }
}

/// A rule behind a reference, so the hot loop copies one pointer rather than every field.
final class RuleBox: Sendable {
  let rule: ThreatRule
  let condition: Condition

  init(_ rule: ThreatRule) {
    self.rule = rule
    condition = rule.condition
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
