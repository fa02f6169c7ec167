extension Diagram {
  /// Who answers for an element, flow or boundary: the owner of the nearest boundary around it
  /// that states one (for a flow, around its destination, then its source), else the model's
  /// owner; empty when none is stated.
  public func owner(of id: String, kind: Finding.TargetKind) -> String {
    var starts: [String?] = []
    switch kind {
    case .element: starts = [element(id)?.boundary]
    case .boundary: starts = [id]
    case .flow:
      let flow = flow(id)
      starts = [
        flow.flatMap { element($0.target)?.boundary },
        flow.flatMap { element($0.source)?.boundary },
      ]
    }
    for start in starts {
      if let owner = boundaryChain(from: start).lazy.compactMap({
        $0.attributes.text("owner")
      }).first {
        return owner
      }
    }
    return info.attributes.text("owner") ?? ""
  }
}
