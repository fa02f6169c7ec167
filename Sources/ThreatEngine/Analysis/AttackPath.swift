import DFDModel

extension Analyzer {
  /// The shortest paths from internet-reachable elements and from suppliers or contractors to
  /// each safety-critical element of `prepared`, shortest first.
  public func attackPaths(_ prepared: PreparedDiagram) -> [AttackPath] {
    index(of: prepared).attackPaths()
  }

  /// The attack paths of `diagram`, as `attackPaths(_:)` on its prepared form gives them.
  public func attackPaths(_ diagram: Diagram) -> [AttackPath] {
    attackPaths(prepare(diagram))
  }
}

extension ModelIndex {
  /// For every safety-critical element that an entry point reaches through at least one flow,
  /// the shortest path from each kind of entry; shortest first, then in declaration order.
  func attackPaths() -> [AttackPath] {
    var found: [AttackPath] = []
    for element in diagram.elements.indices
    where resolveElement(implication.safetyCritical, element).isTrue {
      for (entry, tree) in [
        (AttackPath.Entry.internet, paths.fromInternet), (.supplier, paths.fromSupplier),
      ] where tree.via[element] >= 0 {
        var names = [diagram.elements[element].id]
        var flowIDs: [String] = []
        var current = element
        while tree.via[current] >= 0, names.count <= elements.count {
          let flow = Int(tree.via[current])
          guard let source = flows[flow].source else { break }
          flowIDs.append(diagram.flows[flow].id)
          names.append(diagram.elements[source].id)
          current = source
        }
        found.append(
          AttackPath(entry: entry, elements: names.reversed(), flows: flowIDs.reversed()))
      }
    }
    return found.enumerated().sorted { lhs, rhs in
      lhs.element.flows.count != rhs.element.flows.count
        ? lhs.element.flows.count < rhs.element.flows.count : lhs.offset < rhs.offset
    }.map(\.element)
  }
}
