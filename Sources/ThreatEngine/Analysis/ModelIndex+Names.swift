import DFDModel

extension ModelIndex {
  /// The id of a subject.
  func id(of subject: Subject) -> String {
    switch subject.target {
    case .element: return diagram.elements[subject.index].id
    case .boundary: return diagram.boundaries[subject.index].id
    case .flow: return diagram.flows[subject.index].id
    }
  }

  /// The id of a subject and a phrase naming it for a description.
  func name(of subject: Subject) -> (id: String, phrase: String) {
    switch subject.target {
    case .element:
      let index = subject.index
      let kind = diagram.elements[index].kind.capitalisedFirst
      return (diagram.elements[index].id, kind + " '" + diagram.elements[index].displayName + "'")
    case .boundary:
      let boundary = diagram.boundaries[subject.index]
      return (boundary.id, "Boundary '\(boundary.displayName)'")
    case .flow:
      let flow = diagram.flows[subject.index]
      let ends = (flows[subject.index].source, flows[subject.index].target)
      let source = ends.0.map { diagram.elements[$0].displayName } ?? flow.source
      let target = ends.1.map { diagram.elements[$0].displayName } ?? flow.target
      let label = flow.label.map { " '\($0)'" } ?? ""
      return (flow.id, "Flow\(label) from '\(source)' to '\(target)'")
    }
  }
}

extension String {
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
