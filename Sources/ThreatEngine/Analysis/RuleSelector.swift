import DFDModel

/// Picks the rules worth evaluating on a subject: those whose kind and category tests pass.
///
/// A rule's gate is the part of its top-level conjunction that reads only the kinds and
/// categories of the subject's elements. Subjects whose elements have the same kinds and
/// categories (the same shape) pass the same gates, so each shape is decided once.
struct RuleSelector {
  let rules: [RuleBox]
  private var byShape: [Shape: [RuleBox]] = [:]

  init(_ rules: [RuleBox]) {
    self.rules = rules
  }

  /// The rules whose gates pass on `subject`, in the given order.
  mutating func rules(for subject: Subject, in index: ModelIndex) -> [RuleBox] {
    let shape = Shape(subject, index)
    if let rules = byShape[shape] { return rules }
    var reads: [Read] = []
    let selected = rules.filter { rule in
      rule.gate.map { index.evaluate($0, on: subject, reads: &reads, recording: false) } ?? true
    }
    byShape[shape] = selected
    return selected
  }

  /// The kinds and categories a gate can read: of the element, or of a flow's two ends.
  private struct Shape: Hashable {
    var target: RuleTarget
    var first: Int
    var second: Int

    init(_ subject: Subject, _ index: ModelIndex) {
      target = subject.target
      switch subject.target {
      case .element:
        first = index.elementShapes[subject.index]
        second = -1
      case .flow:
        first = index.flows[subject.index].source.map { index.elementShapes[$0] } ?? -1
        second = index.flows[subject.index].target.map { index.elementShapes[$0] } ?? -1
      case .boundary:
        first = -1
        second = -1
      }
    }
  }
}

extension CompiledCondition {
  /// The conjuncts of the condition that read only element kinds and categories, or nil when
  /// there are none.
  var gate: CompiledCondition? {
    let conjuncts: [CompiledCondition]
    if case .all(let items) = self { conjuncts = items } else { conjuncts = [self] }
    let gates = conjuncts.filter(\.readsOnlyKinds)
    return gates.isEmpty ? nil : .all(gates)
  }

  /// Whether the condition reads nothing but the kinds and categories of elements.
  private var readsOnlyKinds: Bool {
    switch self {
    case .kindIn(let probe, _, _): return probe.readsKind
    case .categoryIn(let probe, _, _): return probe.readsCategory
    case .not(let inner): return inner.readsOnlyKinds
    case .all(let items), .any(let items):
      return !items.isEmpty && items.allSatisfy(\.readsOnlyKinds)
    default: return false
    }
  }
}
