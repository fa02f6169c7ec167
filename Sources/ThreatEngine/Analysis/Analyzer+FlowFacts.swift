import DFDModel

extension Analyzer {
  /// Every flow's facts as the rules see them, by flow id: whether it crosses a trust boundary
  /// and whether it is encrypted (stated, implied by an attribute or protocol, or assumed).
  public func flowFacts(_ prepared: PreparedDiagram) -> [String: FlowFacts] {
    let index = index(of: prepared)
    let encrypted = implication.flow.slots["encrypted"]
    var result: [String: FlowFacts] = [:]
    result.reserveCapacity(index.flows.count)
    for (offset, flow) in index.diagram.flows.enumerated() {
      result[flow.id] = FlowFacts(
        crossesBoundary: index.flows[offset].crossesBoundary,
        encrypted: encrypted.map { index.resolveFlow($0, offset).isTrue } ?? false)
    }
    return result
  }

  /// `flowFacts(_:)` of `diagram`, indexed afresh.
  public func flowFacts(_ diagram: Diagram) -> [String: FlowFacts] {
    flowFacts(prepare(diagram))
  }
}
