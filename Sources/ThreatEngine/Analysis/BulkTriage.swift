import DFDModel

/// The bulk `threat` statements of a model (`on *`, `on boundary B`, `on kind K`): which
/// findings each covers, and which it touched.
struct BulkTriage {
  /// Offsets (in `Diagram.triage`) of the bulk statements, by rule id, in statement order.
  private(set) var byRule: [String: [Int]] = [:]
  /// Per bulk statement (not `*`): the ids of the elements, boundaries and flows it covers.
  private var covered: [Int: Set<String>] = [:]
  /// Per bulk statement: the findings it settled, in report order.
  private(set) var touched: [Int: [String]] = [:]

  /// Collects the bulk statements; a second statement with the same rule and selector is a
  /// duplicate, reported in `problems`.
  init(
    _ statements: [Triage], diagram: Diagram, vocabulary: Vocabulary,
    problems: inout [TriageProblem]
  ) {
    var seen = Set<String>()
    for (offset, statement) in statements.enumerated() where statement.selector.isBulk {
      guard seen.insert(statement.findingID).inserted else {
        problems.append(
          TriageProblem(
            code: .duplicateTriage,
            message:
              "'threat \(statement.rule) on \(statement.target)' is already stated by an earlier threat statement",
            triageIndex: offset))
        continue
      }
      byRule[statement.rule, default: []].append(offset)
      if let ids = Self.ids(statement.selector, diagram, vocabulary) { covered[offset] = ids }
    }
  }

  var isEmpty: Bool { byRule.isEmpty }

  /// Whether the bulk statement at `offset` covers the element, boundary or flow `target`.
  func covers(_ offset: Int, _ target: String) -> Bool {
    covered[offset].map { $0.contains(target) } ?? true
  }

  /// The bulk statement that settles a finding of `rule` on `target`: the most specific that
  /// covers it, the first of equals.
  func statement(rule: String, target: String, in statements: [Triage]) -> Int? {
    var best: Int?
    for offset in byRule[rule] ?? [] where covers(offset, target) {
      if let current = best,
        statements[current].selector.specificity >= statements[offset].selector.specificity
      {
        continue
      }
      best = offset
    }
    return best
  }

  /// Records that the statement at `offset` settled finding `id`.
  mutating func touch(_ offset: Int, _ id: String) {
    touched[offset, default: []].append(id)
  }

  /// The ids a selector covers; nil for `*`, which covers everything.
  private static func ids(
    _ selector: TriageSelector, _ diagram: Diagram, _ vocabulary: Vocabulary
  ) -> Set<String>? {
    switch selector {
    case .all: return nil
    case .target(let id): return [id]
    case .kind(let kind):
      return Set(
        diagram.elements.lazy.filter { vocabulary.lineage(of: $0.kind).contains(kind) }.map(\.id))
    case .boundary(let id):
      let nested = diagram.boundariesNested(in: [id])
      let elements = Set(
        diagram.elements.lazy.filter { $0.boundary.map(nested.contains) ?? false }.map(\.id))
      let flows = diagram.flows.lazy.filter {
        elements.contains($0.source) && elements.contains($0.target)
      }
      return nested.union(elements).union(flows.map(\.id))
    }
  }
}
