import DFDModel

/// Findings grouped by target, so that report order follows declaration order.
struct Buckets {
  var elements: [[Finding]]
  var boundaries: [[Finding]]
  var flows: [[Finding]]

  init(_ diagram: Diagram) {
    elements = Array(repeating: [], count: diagram.elements.count)
    boundaries = Array(repeating: [], count: diagram.boundaries.count)
    flows = Array(repeating: [], count: diagram.flows.count)
  }

  /// Every finding: elements, then boundaries, then flows; by rule id within a target.
  var ordered: [Finding] {
    var ordered: [Finding] = []
    ordered.reserveCapacity([elements, boundaries, flows].joined().reduce(0) { $0 + $1.count })
    for bucket in [elements, boundaries, flows].joined() {
      let sorted = zip(bucket, bucket.dropFirst()).allSatisfy { $0.rule <= $1.rule }
      ordered += sorted ? bucket : bucket.sorted { $0.rule < $1.rule }
    }
    return ordered
  }

  /// Calls `body` on each finding about one of `targets` (all findings in a bucket share one).
  mutating func update(_ targets: Set<String>, _ body: (inout Finding) -> Void) {
    func visit(_ buckets: inout [[Finding]]) {
      for index in buckets.indices {
        guard let first = buckets[index].first, targets.contains(first.target) else { continue }
        for item in buckets[index].indices { body(&buckets[index][item]) }
      }
    }
    visit(&elements)
    visit(&boundaries)
    visit(&flows)
  }
}

extension ModelIndex {
  /// The id of a subject and a phrase naming it for a description.
  func name(of subject: Subject) -> (id: String, phrase: String) {
    switch subject.target {
    case .element:
      let element = diagram.elements[subject.index]
      return (element.id, "\(element.kind.capitalisedFirst) '\(element.displayName)'")
    case .boundary:
      let boundary = diagram.boundaries[subject.index]
      return (boundary.id, "Boundary '\(boundary.displayName)'")
    case .flow:
      let flow = diagram.flows[subject.index]
      let ends = flows[subject.index]
      let source = ends.source.map { diagram.elements[$0].displayName } ?? flow.source
      let target = ends.target.map { diagram.elements[$0].displayName } ?? flow.target
      let label = flow.label.map { " '\($0)'" } ?? ""
      return (flow.id, "Flow\(label) from '\(source)' to '\(target)'")
    }
  }
}

extension String {
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
