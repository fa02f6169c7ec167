import DFDModel

extension ModelIndex {
  /// Fills the boundary ids, chains, types and owners, which elements and flows share.
  mutating func indexBoundaries() {
    boundaryIDs = SubjectLocator.ids(
      diagram.boundaries.lazy.map(\.id), count: diagram.boundaries.count)
    boundaryChains = diagram.boundaries.map { chain(from: $0.id) }
    boundaryTypes = diagram.boundaries.map { $0.attributes.text("type") }
    boundaryDetails = diagram.boundaries.map { "boundary " + $0.id }
    chainTypes = boundaryChains.map { chain in
      .list(chain.compactMap { boundaryTypes[$0] }.map(AttributeValue.symbol))
    }
    let owners = diagram.boundaries.map { $0.attributes.text("owner") }
    chainOwners = boundaryChains.map { chain in chain.lazy.compactMap { owners[$0] }.first }
  }

  private func chain(from id: String) -> [Int] {
    var chain: [Int] = []
    var next: String? = id
    while let current = next, let index = boundaryIDs[current], !chain.contains(index) {
      chain.append(index)
      next = diagram.boundaries[index].parent
    }
    return chain
  }
}
