extension Diagram {
  /// The boundary `id` and all that enclose it, innermost first.
  public func boundaryChain(from id: String?) -> [TrustBoundary] {
    var chain: [TrustBoundary] = []
    var seen = Set<String>()
    var next = id
    while let current = next, let boundary = boundary(current), seen.insert(current).inserted {
      chain.append(boundary)
      next = boundary.parent
    }
    return chain
  }

  /// The boundaries that contain the element, innermost first.
  public func enclosingBoundaries(of element: Element) -> [TrustBoundary] {
    boundaryChain(from: element.boundary)
  }

  /// The boundaries a flow crosses: those that contain exactly one of its ends, innermost first
  /// (the source's side, then the target's).
  public func crossedBoundaries(by flow: Flow) -> [TrustBoundary] {
    let sourceChain = boundaryChain(from: element(flow.source)?.boundary)
    let targetChain = boundaryChain(from: element(flow.target)?.boundary)
    let sourceIDs = Set(sourceChain.map(\.id))
    let targetIDs = Set(targetChain.map(\.id))
    return sourceChain.filter { !targetIDs.contains($0.id) }
      + targetChain.filter { !sourceIDs.contains($0.id) }
  }

  /// Whether the flow's ends sit in different innermost boundaries.
  public func crossesBoundary(_ flow: Flow) -> Bool {
    element(flow.source)?.boundary != element(flow.target)?.boundary
  }

  /// The boundaries directly inside `parent` (or at the top level when nil), in declaration order.
  public func childBoundaries(of parent: String?) -> [TrustBoundary] {
    boundaries.filter { $0.parent == parent }
  }

  /// The elements directly inside `boundary` (or at the top level when nil), in declaration order.
  public func elements(in boundary: String?) -> [Element] {
    elements.filter { $0.boundary == boundary }
  }

  /// The boundaries `ids` and every boundary nested in them, at any depth.
  public func boundariesNested(in ids: [String]) -> Set<String> {
    var result = Set(ids.filter { boundary($0) != nil })
    var changed = !result.isEmpty
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
}
