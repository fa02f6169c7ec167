import DFDModel

extension ModelIndex {
  /// The deepest chain of `implies` followed (user catalogues may contain cycles).
  static let maximumImplication = 16

  /// Looks `name` up on an element: stated, inherited, implied, derived, assumed, unknown.
  func resolveElement(_ name: String, _ index: Int, assume: Bool = true, depth: Int = 0)
    -> Resolution
  {
    let element = diagram.elements[index]
    switch name {
    case "kind": return .stated(.symbol(element.kind))
    case "id": return .stated(.string(element.id))
    case "category": return .derived(.symbol(element.category.rawValue), "kind \(element.kind)")
    default: break
    }
    if let value = element.attributes[name] { return .stated(value) }
    let definition = vocabulary.attribute(name, in: .element)
    if definition?.inherit == .boundary {
      for boundary in elements[index].chain {
        let zone = diagram.boundaries[boundary]
        if let value = zone.attributes[name] {
          return Resolution(value: value, origin: .inherited, detail: "boundary \(zone.id)")
        }
      }
    }
    if depth < Self.maximumImplication {
      for implier in implication.elementImpliers[name] ?? []
      where resolveElement(implier, index, assume: false, depth: depth + 1).isTrue {
        return Resolution(value: .bool(true), origin: .implied, detail: implier)
      }
    }
    if let derived = derivedElement(name, index) { return derived }
    if assume, let value = definition?.assume { return Resolution(value: value, origin: .assumed) }
    return .unknown
  }

  /// Looks `name` up on a flow, including what its protocol implies and boundaries it enters.
  func resolveFlow(_ name: String, _ index: Int, assume: Bool = true, depth: Int = 0)
    -> Resolution
  {
    let flow = diagram.flows[index]
    if let value = flow.attributes[name] { return .stated(value) }
    let definition = vocabulary.attribute(name, in: .flow)
    if definition?.inherit == .boundaryEntered {
      for boundary in flows[index].entered {
        let zone = diagram.boundaries[boundary]
        if let value = zone.attributes[name] {
          return Resolution(value: value, origin: .inherited, detail: "boundary \(zone.id)")
        }
      }
    }
    if depth < Self.maximumImplication {
      for implier in implication.flowImpliers[name] ?? []
      where resolveFlow(implier, index, assume: false, depth: depth + 1).isTrue {
        return Resolution(value: .bool(true), origin: .implied, detail: implier)
      }
      if let used = flow.protocol, implication.protocolImpliers[name]?.contains(used) == true {
        return Resolution(value: .bool(true), origin: .implied, detail: "protocol \(used)")
      }
    }
    if let derived = derivedFlow(name, index) { return derived }
    if assume, let value = definition?.assume { return Resolution(value: value, origin: .assumed) }
    return .unknown
  }

  /// Looks `name` up on a boundary, inheriting from enclosing ones where the attribute says so.
  func resolveBoundary(_ name: String, _ index: Int, assume: Bool = true, depth: Int = 0)
    -> Resolution
  {
    let definition = vocabulary.attribute(name, in: .boundary)
    for (step, boundary) in boundaryChains[index].enumerated() {
      guard step == 0 || definition?.inherit == .boundary else { break }
      let zone = diagram.boundaries[boundary]
      if let value = zone.attributes[name] {
        return step == 0
          ? .stated(value) : Resolution(value: value, origin: .inherited, detail: "boundary \(zone.id)")
      }
    }
    if depth < Self.maximumImplication {
      for implier in implication.boundaryImpliers[name] ?? []
      where resolveBoundary(implier, index, assume: false, depth: depth + 1).isTrue {
        return Resolution(value: .bool(true), origin: .implied, detail: implier)
      }
    }
    if name == "mixed-criticality" { return .derived(.bool(mixedCriticality[index])) }
    if assume, let value = definition?.assume { return Resolution(value: value, origin: .assumed) }
    return .unknown
  }
}
