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
      let kind = kindPhrases[elementKindPositions[index]]
      let phrase = Self.joined(kind, " '", diagram.elements[index].displayName, "'")
      return (diagram.elements[index].id, phrase)
    case .boundary:
      let boundary = diagram.boundaries[subject.index]
      return (boundary.id, "Boundary '\(boundary.displayName)'")
    case .flow:
      let index = subject.index
      let source =
        flows[index].source.map { diagram.elements[$0].displayName } ?? diagram.flows[index].source
      let target =
        flows[index].target.map { diagram.elements[$0].displayName } ?? diagram.flows[index].target
      let phrase: String
      if let label = diagram.flows[index].label {
        phrase = Self.joined("Flow '", label, "' from '", source, "' to '", target, "'")
      } else {
        phrase = Self.joined("Flow from '", source, "' to '", target, "'")
      }
      return (diagram.flows[index].id, phrase)
    }
  }

  /// The texts one after another, in a string allocated once.
  static func joined(_ parts: String...) -> String {
    var text = ""
    text.reserveCapacity(parts.reduce(0) { $0 + $1.utf8.count })
    for part in parts { text += part }
    return text
  }
}

extension String {
  var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
}
