import DFDModel

extension Diagram {
  /// The part of the diagram around `id`, for drawing big models piece by piece.
  ///
  /// For an element: the elements within `depth` flows of it. For a boundary: everything inside
  /// it (nested boundaries included, even empty ones) and the elements within `depth` flows of
  /// that. The boundaries enclosing what is kept, and the flows between kept elements, come
  /// along. Returns nil when `id` names neither an element nor a boundary.
  public func focused(on id: String, depth: Int = 1) -> Diagram? {
    var seeds: [String]
    var keptBoundaries = Set<String>()
    if element(id) != nil {
      seeds = [id]
    } else if boundary(id) != nil {
      keptBoundaries = descendants(of: id)
      seeds = elements.filter { $0.boundary.map(keptBoundaries.contains) ?? false }.map(\.id)
    } else {
      return nil
    }
    let kept = neighbourhood(of: seeds, depth: max(0, depth))
    for element in elements where kept.contains(element.id) {
      for boundary in enclosingBoundaries(of: element) { keptBoundaries.insert(boundary.id) }
    }
    var result = Diagram(info: info, data: data, triage: triage)
    for boundary in boundaries where keptBoundaries.contains(boundary.id) { result.add(boundary) }
    for element in elements where kept.contains(element.id) { result.add(element) }
    for flow in flows where kept.contains(flow.source) && kept.contains(flow.target) {
      result.add(flow)
    }
    return result
  }

  /// The boundary and every boundary nested in it.
  private func descendants(of id: String) -> Set<String> {
    var result: Set<String> = [id]
    var changed = true
    while changed {
      changed = false
      for boundary in boundaries where !result.contains(boundary.id) {
        if let parent = boundary.parent, result.contains(parent) {
          result.insert(boundary.id)
          changed = true
        }
      }
    }
    return result
  }

  /// The elements within `depth` flows (either direction) of `seeds`.
  private func neighbourhood(of seeds: [String], depth: Int) -> Set<String> {
    var neighbours: [String: [String]] = [:]
    for flow in flows {
      neighbours[flow.source, default: []].append(flow.target)
      neighbours[flow.target, default: []].append(flow.source)
    }
    var kept = Set(seeds)
    var frontier = seeds
    for _ in 0..<depth {
      var next: [String] = []
      for id in frontier {
        for neighbour in neighbours[id] ?? [] where element(neighbour) != nil {
          if kept.insert(neighbour).inserted { next.append(neighbour) }
        }
      }
      frontier = next
    }
    return kept
  }
}
