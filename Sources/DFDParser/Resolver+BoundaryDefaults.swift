import DFDModel

extension Resolver {
  /// Warns (DFD308) where an element attribute stated on a boundary, a default for the elements
  /// inside, reaches an element whose category it does not apply to.
  ///
  /// `inside` gives the first element and boundary declared within the block: every element
  /// and boundary declared after them is inside it, nested boundaries included.
  mutating func checkDefaults(
    of syntax: BoundarySyntax, values: Attributes, file: String,
    inside: (elements: Int, boundaries: Int)
  ) {
    let boundary = syntax.name.text
    for item in syntax.attributes {
      let name = item.name.text
      guard attributeTable[.boundary][name] == nil, values[name] != nil,
        let entry = boundaryDefault(name, scope: .boundary), !entry.appliesTo.isEmpty
      else { continue }
      var misfits: [String] = []
      for index in inside.elements..<elements.count {
        let element = elements[index]
        guard !entry.applies(to: element.category), element.attributes[name] == nil,
          !nearerBoundaryStates(name, element: element, below: boundary, from: inside.boundaries)
        else { continue }
        misfits.append(element.id)
      }
      guard !misfits.isEmpty else { continue }
      diagnostics.append(
        .defaultDoesNotApply(
          name, boundary: boundary, elements: misfits, appliesTo: entry.appliesTo,
          at: range(item.name.range, file)))
    }
  }

  /// Whether a boundary between `element` and the boundary `outer` states `name` itself.
  private func nearerBoundaryStates(
    _ name: String, element: Element, below outer: String, from first: Int
  ) -> Bool {
    var current = element.boundary
    var steps = 0
    while let id = current, id != outer, steps <= boundaries.count {
      guard let inner = boundaries[first...].first(where: { $0.id == id }) else { return false }
      if inner.attributes[name] != nil { return true }
      current = inner.parent
      steps += 1
    }
    return false
  }
}
