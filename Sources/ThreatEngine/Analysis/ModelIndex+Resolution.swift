import DFDModel

extension ModelIndex {
  /// The deepest chain of `implies` followed (user catalogues may contain cycles).
  static let maximumImplication = 16

  /// Looks slot `slot` up on an element: stated, inherited, implied, derived, assumed, unknown.
  func resolveElement(_ slot: Int, _ index: Int, assume: Bool = true, depth: Int = 0)
    -> Resolution
  {
    if slot < Implication.intrinsicSlots { return intrinsic(slot, index) }
    let info = implication.element.infos[slot]
    if let at = statedElements.position(info.key, of: index) {
      return .stated(statedElements[at])
    }
    if info.inherit == .boundary {
      for boundary in elements[index].chain {
        if let at = statedBoundaries.position(info.key, of: boundary) {
          let value = statedBoundaries[at]
          return Resolution(
            value: value, origin: .inherited, detail: boundaryDetails[boundary])
        }
      }
    }
    if depth < Self.maximumImplication, !implication.element.impliers[slot].isEmpty {
      for implier in implication.element.impliers[slot]
      where resolveElement(implier, index, assume: false, depth: depth + 1).isTrue {
        return Resolution(
          value: .bool(true), origin: .implied,
          detail: implication.element.names[implier])
      }
    }
    if case .element(let property) = info.derived, let derived = derived(property, element: index) {
      return derived
    }
    if assume, implication.element.assumed[slot] {
      return Resolution(value: implication.element.assumes[slot], origin: .assumed)
    }
    return .unknown
  }

  /// Looks slot `slot` up on a flow, including what its protocol implies and boundaries it enters.
  func resolveFlow(_ slot: Int, _ index: Int, assume: Bool = true, depth: Int = 0)
    -> Resolution
  {
    let info = implication.flow.infos[slot]
    if let at = statedFlows.position(info.key, of: index) {
      return .stated(statedFlows[at])
    }
    if info.inherit == .boundaryEntered {
      for boundary in enteredBoundaries[flows[index].entered] {
        if let at = statedBoundaries.position(info.key, of: boundary) {
          let value = statedBoundaries[at]
          return Resolution(
            value: value, origin: .inherited, detail: boundaryDetails[boundary])
        }
      }
    }
    if depth < Self.maximumImplication {
      if !implication.flow.impliers[slot].isEmpty {
        for implier in implication.flow.impliers[slot]
        where resolveFlow(implier, index, assume: false, depth: depth + 1).isTrue {
          return Resolution(
            value: .bool(true), origin: .implied,
            detail: implication.flow.names[implier])
        }
      }
      if let used = flows[index].protocolKey, !implication.flow.protocols[slot].isEmpty,
        implication.flow.protocols[slot].contains(used)
      {
        return Resolution(
          value: .bool(true), origin: .implied,
          detail: flows[index].protocolDetail)
      }
    }
    if case .flow(let property) = info.derived, let derived = derived(property, flow: index) {
      return derived
    }
    if assume, implication.flow.assumed[slot] {
      return Resolution(value: implication.flow.assumes[slot], origin: .assumed)
    }
    return .unknown
  }

  /// Looks slot `slot` up on a boundary, inheriting from enclosing ones where the attribute says so.
  func resolveBoundary(_ slot: Int, _ index: Int, assume: Bool = true, depth: Int = 0)
    -> Resolution
  {
    let info = implication.boundary.infos[slot]
    for (step, boundary) in boundaryChains[index].enumerated() {
      guard step == 0 || info.inherit == .boundary else { break }
      if let at = statedBoundaries.position(info.key, of: boundary) {
        let value = statedBoundaries[at]
        return step == 0
          ? .stated(value)
          : Resolution(value: value, origin: .inherited, detail: boundaryDetails[boundary])
      }
    }
    if depth < Self.maximumImplication {
      for implier in implication.boundary.impliers[slot]
      where resolveBoundary(implier, index, assume: false, depth: depth + 1).isTrue {
        return Resolution(
          value: .bool(true), origin: .implied,
          detail: implication.boundary.names[implier])
      }
    }
    if info.derived == .mixedCriticality { return .derived(.bool(mixedCriticality[index])) }
    if assume, implication.boundary.assumed[slot] {
      return Resolution(value: implication.boundary.assumes[slot], origin: .assumed)
    }
    return .unknown
  }

  /// `kind`, `id` and `category`: what every element has whatever its attributes.
  private func intrinsic(_ slot: Int, _ index: Int) -> Resolution {
    switch slot {
    case Implication.kindSlot: return .stated(.symbol(diagram.elements[index].kind))
    case Implication.idSlot: return .stated(.string(diagram.elements[index].id))
    default:
      return Resolution(
        value: .symbol(diagram.elements[index].category.rawValue), origin: .derived,
        detail: kindDetails[elementKindPositions[index]])
    }
  }
}
