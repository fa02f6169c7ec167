import DFDModel

/// Finds elements, boundaries and flows by id: all that checking `threat` statements needs
/// when none of them triages a catalogue finding, so that `check` need not index the diagram.
struct SubjectLocator {
  let diagram: Diagram
  private var elementIDs: [String: Int] = [:]
  private var boundaryIDs: [String: Int] = [:]

  init(_ diagram: Diagram) {
    self.diagram = diagram
    elementIDs = Self.ids(diagram.elements.lazy.map(\.id), count: diagram.elements.count)
    boundaryIDs = Self.ids(diagram.boundaries.lazy.map(\.id), count: diagram.boundaries.count)
  }

  /// The element, boundary or flow with id `id`, looked up in that order; the first of equal ids.
  func locate(_ id: String) -> Subject? {
    Self.locate(id, elementIDs, boundaryIDs, diagram)
  }

  /// Positions by id, the first of equal ids.
  static func ids(_ ids: some Sequence<String>, count: Int) -> [String: Int] {
    var positions: [String: Int] = [:]
    positions.reserveCapacity(count)
    for (offset, id) in ids.enumerated() {
      if let first = positions.updateValue(offset, forKey: id) { positions[id] = first }
    }
    return positions
  }

  /// `locate` over given tables, which `ModelIndex` shares.
  static func locate(
    _ id: String, _ elementIDs: [String: Int], _ boundaryIDs: [String: Int], _ diagram: Diagram
  ) -> Subject? {
    if let element = elementIDs[id] { return Subject(target: .element, index: element) }
    if let boundary = boundaryIDs[id] { return Subject(target: .boundary, index: boundary) }
    if let flow = diagram.flows.firstIndex(where: { $0.id == id }) {
      return Subject(target: .flow, index: flow)
    }
    return nil
  }
}

extension ModelIndex {
  /// The element, boundary or flow with id `id`, looked up in that order.
  func locate(_ id: String) -> Subject? {
    SubjectLocator.locate(id, elementIDs, boundaryIDs, diagram)
  }
}

extension ModelIndex {
  /// The id of the element, boundary or flow `subject`.
  func subjectID(_ subject: Subject) -> String {
    switch subject.target {
    case .element: return diagram.elements[subject.index].id
    case .boundary: return diagram.boundaries[subject.index].id
    case .flow: return diagram.flows[subject.index].id
    }
  }
}
