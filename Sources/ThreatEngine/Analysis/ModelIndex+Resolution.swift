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
    if let value = statedElements.value(info.key, of: index) { return .stated(value) }
    if info.inherit == .boundary {
      for boundary in elements[index].chain {
        if let value = statedBoundaries.value(info.key, of: boundary) {
          return Resolution(
            value: value, origin: .inherited, detail: .boundary(boundaryID(boundary)))
        }
      }
    }
    if depth < Self.maximumImplication {
      for implier in implication.element.impliers[slot]
      where resolveElement(implier, index, assume: false, depth: depth + 1).isTrue {
        return Resolution(
          value: .bool(true), origin: .implied,
          detail: .attribute(implication.element.names[implier]))
      }
    }
    if case .element(let property) = info.derived, let derived = derived(property, element: index) {
      return derived
    }
    if assume, let value = info.assume { return Resolution(value: value, origin: .assumed) }
    return .unknown
  }

  /// Looks slot `slot` up on a flow, including what its protocol implies and boundaries it enters.
  func resolveFlow(_ slot: Int, _ index: Int, assume: Bool = true, depth: Int = 0)
    -> Resolution
  {
    let info = implication.flow.infos[slot]
    if let value = statedFlows.value(info.key, of: index) { return .stated(value) }
    if info.inherit == .boundaryEntered {
      for boundary in flows[index].entered {
        if let value = statedBoundaries.value(info.key, of: boundary) {
          return Resolution(
            value: value, origin: .inherited, detail: .boundary(boundaryID(boundary)))
        }
      }
    }
    if depth < Self.maximumImplication {
      for implier in implication.flow.impliers[slot]
      where resolveFlow(implier, index, assume: false, depth: depth + 1).isTrue {
        return Resolution(
          value: .bool(true), origin: .implied,
          detail: .attribute(implication.flow.names[implier]))
      }
      if let used = flows[index].protocolKey, implication.flow.protocols[slot].contains(used) {
        return Resolution(
          value: .bool(true), origin: .implied,
          detail: .protocol(diagram.flows[index].protocol ?? ""))
      }
    }
    if case .flow(let property) = info.derived, let derived = derived(property, flow: index) {
      return derived
    }
    if assume, let value = info.assume { return Resolution(value: value, origin: .assumed) }
    return .unknown
  }

  /// Looks slot `slot` up on a boundary, inheriting from enclosing ones where the attribute says so.
  func resolveBoundary(_ slot: Int, _ index: Int, assume: Bool = true, depth: Int = 0)
    -> Resolution
  {
    let info = implication.boundary.infos[slot]
    for (step, boundary) in boundaryChains[index].enumerated() {
      guard step == 0 || info.inherit == .boundary else { break }
      if let value = statedBoundaries.value(info.key, of: boundary) {
        return step == 0
          ? .stated(value)
          : Resolution(value: value, origin: .inherited, detail: .boundary(boundaryID(boundary)))
      }
    }
    if depth < Self.maximumImplication {
      for implier in implication.boundary.impliers[slot]
      where resolveBoundary(implier, index, assume: false, depth: depth + 1).isTrue {
        return Resolution(
          value: .bool(true), origin: .implied,
          detail: .attribute(implication.boundary.names[implier]))
      }
    }
    if info.derived == .mixedCriticality { return .derived(.bool(mixedCriticality[index])) }
    if assume, let value = info.assume { return Resolution(value: value, origin: .assumed) }
    return .unknown
  }

  /// `kind`, `id` and `category`: what every element has whatever its attributes.
  private func intrinsic(_ slot: Int, _ index: Int) -> Resolution {
    let element = diagram.elements[index]
    switch slot {
    case Implication.kindSlot: return .stated(.symbol(element.kind))
    case Implication.idSlot: return .stated(.string(element.id))
    default:
      return Resolution(
        value: .symbol(element.category.rawValue), origin: .derived, detail: .kind(element.kind))
    }
  }

  private func boundaryID(_ index: Int) -> String { diagram.boundaries[index].id }
}
