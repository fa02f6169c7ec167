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
    (elements + boundaries + flows).flatMap { $0.sorted { $0.rule < $1.rule } }
  }

  mutating func update(_ body: (inout Finding) -> Void) {
    for index in elements.indices {
      for item in elements[index].indices { body(&elements[index][item]) }
    }
    for index in boundaries.indices {
      for item in boundaries[index].indices { body(&boundaries[index][item]) }
    }
    for index in flows.indices { for item in flows[index].indices { body(&flows[index][item]) } }
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
      let source = diagram.element(flow.source)?.displayName ?? flow.source
      let target = diagram.element(flow.target)?.displayName ?? flow.target
      let label = flow.label.map { " '\($0)'" } ?? ""
      return (flow.id, "Flow\(label) from '\(source)' to '\(target)'")
    }
  }
}

extension String {
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
