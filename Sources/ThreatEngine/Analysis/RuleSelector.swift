import DFDModel

/// Picks the rules worth evaluating on a subject: those whose kind and category tests pass.
///
/// A rule's gate is the part of its top-level conjunction that reads only the kinds and
/// categories of the subject's elements. Subjects whose elements have the same kinds and
/// categories (the same shape) pass the same gates, so each shape is decided once.
struct RuleSelector {
  let rules: [RuleBox]
  /// Per rule: the root of its condition, so that the hot loop reads plain integers.
  let conditions: [Int]
  private let gates: [[Int]]
  private var byShape: [Shape: [Int]] = [:]

  init(_ rules: [RuleBox]) {
    self.rules = rules
    conditions = rules.map(\.condition)
    gates = rules.map(\.gate)
  }

  /// The positions in `rules` of the rules whose gates pass on `subject`, in order.
  mutating func rules(
    for subject: Subject, in index: ModelIndex, _ program: ConditionProgram,
    _ evaluation: inout Evaluation
  ) -> [Int] {
    let shape = Shape(subject, index)
    if let rules = byShape[shape] { return rules }
    let selected = gates.indices.filter { rule in
      gates[rule].allSatisfy { index.evaluate($0, in: program, on: subject, &evaluation) }
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

extension ConditionProgram {
  /// The roots of the conjuncts of the condition at `root` that read nothing but element kinds
  /// and categories.
  func gate(of root: Int) -> [Int] {
    guard nodes[root].operation == .all else { return readsOnlyKinds(root) ? [root] : [] }
    var gates: [Int] = []
    var item = root + 1
    while item < nodes[root].end {
      if readsOnlyKinds(item) { gates.append(item) }
      item = nodes[item].end
    }
    return gates
  }

  /// Whether the condition at `root` reads nothing but the kinds and categories of elements.
  private func readsOnlyKinds(_ root: Int) -> Bool {
    let node = nodes[root]
    switch node.operation {
    case .kindIn: return node.first.probe?.readsKind ?? false
    case .categoryIn: return node.first.probe?.readsCategory ?? false
    case .not: return readsOnlyKinds(root + 1)
    case .all, .any:
      guard node.end > root + 1 else { return false }
      var item = root + 1
      while item < node.end {
        guard readsOnlyKinds(item) else { return false }
        item = nodes[item].end
      }
      return true
    default: return false
    }
  }
}
