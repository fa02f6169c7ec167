import DFDModel

extension ModelIndex {
  /// Fills each element's boundary facts, kind traits, kind id and shape, looking each kind up
  /// once rather than once per element.
  mutating func indexElements() {
    let count = diagram.elements.count
    elements.reserveCapacity(count)
    elementTraits.reserveCapacity(count)
    elementKinds.reserveCapacity(count)
    elementShapes.reserveCapacity(count)
    elementKindPositions.reserveCapacity(count)
    /// Per kind name: its position in `kinds`.
    var known: [String: Int] = [:]
    var kinds: [(traits: KindTraits, id: Int?)] = []
    for index in 0..<count {
      var facts = ElementFacts()
      if let boundary = diagram.elements[index].boundary.flatMap({ boundaryIDs[$0] }) {
        facts.chain = boundaryChains[boundary]
        facts.zoneTypes = chainTypes[boundary]
      }
      elements.append(facts)
      let kind = diagram.elements[index].kind
      let position: Int
      if let found = known[kind] {
        position = found
      } else {
        position = kinds.count
        known[kind] = position
        kinds.append((KindTraits(kind, vocabulary), implication.kindIDs[kind]))
        kindDetails.append("kind " + kind)
        kindPhrases.append(kind.capitalisedFirst)
      }
      elementKindPositions.append(position)
      elementTraits.append(kinds[position].traits)
      elementKinds.append(kinds[position].id)
      // A dense id of the (kind, category) pair: four categories per kind.
      let category = diagram.elements[index].category.bit.trailingZeroBitCount
      elementShapes.append(position * 4 + category)
    }
  }
}
