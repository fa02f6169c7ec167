import DFDModel

extension ModelIndex {
  /// The deepest chain of `implies` followed (user catalogues may contain cycles).
  static let maximumImplication = 16

  /// Looks `name` up on an element: stated, inherited, implied, derived, assumed, unknown.
  func resolveElement(_ name: String, _ index: Int, assume: Bool = true, depth: Int = 0)
    -> Resolution
  {
    switch name {
    case "kind": return .stated(.symbol(diagram.elements[index].kind))
    case "id": return .stated(.string(diagram.elements[index].id))
    case "category":
      return Resolution(
        value: .symbol(diagram.elements[index].category.rawValue), origin: .derived,
        detail: .kind(diagram.elements[index].kind))
    default: break
    }
    if let value = diagram.elements[index].attributes[name] { return .stated(value) }
    let info = implication.element[name]
    let definition = info?.definition
    if definition?.inherit == .boundary {
      for boundary in elements[index].chain {
        let zone = diagram.boundaries[boundary]
        if let value = zone.attributes[name] {
          return Resolution(value: value, origin: .inherited, detail: .boundary(zone.id))
        }
      }
    }
    if depth < Self.maximumImplication {
      for implier in info?.impliers ?? []
      where resolveElement(implier, index, assume: false, depth: depth + 1).isTrue {
        return Resolution(value: .bool(true), origin: .implied, detail: .attribute(implier))
      }
    }
    if info?.isDerived == true, let derived = derivedElement(name, index) { return derived }
    if assume, let value = definition?.assume { return Resolution(value: value, origin: .assumed) }
    return .unknown
  }

  /// Looks `name` up on a flow, including what its protocol implies and boundaries it enters.
  func resolveFlow(_ name: String, _ index: Int, assume: Bool = true, depth: Int = 0)
    -> Resolution
  {
    if let value = diagram.flows[index].attributes[name] { return .stated(value) }
    let info = implication.flow[name]
    let definition = info?.definition
    if definition?.inherit == .boundaryEntered {
      for boundary in flows[index].entered {
        let zone = diagram.boundaries[boundary]
        if let value = zone.attributes[name] {
          return Resolution(value: value, origin: .inherited, detail: .boundary(zone.id))
        }
      }
    }
    if depth < Self.maximumImplication {
      for implier in info?.impliers ?? []
      where resolveFlow(implier, index, assume: false, depth: depth + 1).isTrue {
        return Resolution(value: .bool(true), origin: .implied, detail: .attribute(implier))
      }
      if let protocols = info?.protocols, !protocols.isEmpty,
        let used = diagram.flows[index].protocol, protocols.contains(used)
      {
        return Resolution(value: .bool(true), origin: .implied, detail: .protocol(used))
      }
    }
    if info?.isDerived == true || name == "medium", let derived = derivedFlow(name, index) {
      return derived
    }
    if assume, let value = definition?.assume { return Resolution(value: value, origin: .assumed) }
    return .unknown
  }

  /// Looks `name` up on a boundary, inheriting from enclosing ones where the attribute says so.
  func resolveBoundary(_ name: String, _ index: Int, assume: Bool = true, depth: Int = 0)
    -> Resolution
  {
    let info = implication.boundary[name]
    let definition = info?.definition
    for (step, boundary) in boundaryChains[index].enumerated() {
      guard step == 0 || definition?.inherit == .boundary else { break }
      let zone = diagram.boundaries[boundary]
      if let value = zone.attributes[name] {
        return step == 0
          ? .stated(value)
          : Resolution(value: value, origin: .inherited, detail: .boundary(zone.id))
      }
    }
    if depth < Self.maximumImplication {
      for implier in info?.impliers ?? []
      where resolveBoundary(implier, index, assume: false, depth: depth + 1).isTrue {
        return Resolution(value: .bool(true), origin: .implied, detail: .attribute(implier))
      }
    }
    if name == "mixed-criticality" { return .derived(.bool(mixedCriticality[index])) }
    if assume, let value = definition?.assume { return Resolution(value: value, origin: .assumed) }
    return .unknown
  }
}
