import DFDModel

extension ModelIndex {
  /// Protocols of serial buses and field wiring, which are not network links.
  static let serialProtocols: Set<String> = ["rs485", "dali"]

  /// Fills `flows` and the elements' adjacency from ends, boundaries, protocol and data; returns
  /// the data items each flow carries.
  mutating func indexFlows() -> CarriedItems {
    let count = diagram.flows.count
    flows.reserveCapacity(count)
    var data = DataTable(diagram.data)
    /// Per flow: where its data items start in `items`; one more entry than flows.
    var starts = [0]
    var items: [Int] = []
    starts.reserveCapacity(count + 1)
    items.reserveCapacity(count)
    var protocols: [String: TransportFacts] = [:]
    let kinds = BoundaryKinds(boundaryTypes)
    enteredBoundaries.reserveCapacity(count)
    for offset in 0..<count {
      var facts = IndexedFlow()
      facts.source = elementIDs[diagram.flows[offset].source]
      facts.target = elementIDs[diagram.flows[offset].target]
      let crossing = crossing(&facts, kinds)
      transport(offset, crossing, &protocols, into: &facts)
      if let value = diagram.flows[offset].attributes["data"] {
        // As `Flow.data` reads it: the text items of a list, or a single text value.
        if case .list(let list) = value {
          for item in list { if let id = item.textValue { items.append(data.id(id)) } }
        } else if let id = value.textValue {
          items.append(data.id(id))
        }
        for item in items[starts[offset]...] { data.carried[item]?.add(to: &facts) }
      }
      starts.append(items.count)
      flows.append(facts)
    }
    indexAdjacency()
    return CarriedItems(starts: starts, items: items)
  }

  /// Fills the boundaries a flow enters and whether it crosses a boundary or an organisation;
  /// returns what the boundaries it crosses say about its medium.
  private mutating func crossing(_ facts: inout IndexedFlow, _ kinds: BoundaryKinds)
    -> (internet: Bool, cloud: Bool)
  {
    let sourceFirst = facts.source.flatMap { elements[$0].chain.first }
    let targetFirst = facts.target.flatMap { elements[$0].chain.first }
    // A chain is fixed by its innermost boundary, so equal first boundaries cross nothing.
    guard sourceFirst != targetFirst else { return (false, false) }
    facts.crossesBoundary = true
    let sourceChain = sourceFirst.map { boundaryChains[$0] } ?? []
    let targetChain = targetFirst.map { boundaryChains[$0] } ?? []
    let start = enteredBoundaries.count
    var internet = false, cloud = false, organisation = false
    for boundary in sourceChain where !targetChain.contains(boundary) {
      internet = internet || kinds.internet[boundary]
      cloud = cloud || kinds.cloud[boundary]
      organisation = organisation || kinds.organisation[boundary]
    }
    for boundary in targetChain where !sourceChain.contains(boundary) {
      enteredBoundaries.append(boundary)
      internet = internet || kinds.internet[boundary]
      cloud = cloud || kinds.cloud[boundary]
      organisation = organisation || kinds.organisation[boundary]
    }
    facts.entered = start..<enteredBoundaries.count
    if let sourceOwner = sourceFirst.flatMap({ chainOwners[$0] }),
      let targetOwner = targetFirst.flatMap({ chainOwners[$0] })
    {
      facts.crossesOrg = sourceOwner != targetOwner
    } else {
      facts.crossesOrg = organisation || cloud
    }
    return (internet, cloud)
  }

  /// Fills each element's inbound and outbound flows, in flow order, in two shared arrays.
  private mutating func indexAdjacency() {
    // Per element: where its flows start, then (while filling) where the next one goes.
    var inbound = [Int](repeating: 0, count: elements.count + 1)
    var outbound = inbound
    for facts in flows {
      if let target = facts.target { inbound[target + 1] += 1 }
      if let source = facts.source { outbound[source + 1] += 1 }
    }
    for index in elements.indices {
      inbound[index + 1] += inbound[index]
      outbound[index + 1] += outbound[index]
      elements[index].inbound = inbound[index]..<inbound[index + 1]
      elements[index].outbound = outbound[index]..<outbound[index + 1]
    }
    inboundFlows = [Int](repeating: 0, count: inbound[elements.count])
    outboundFlows = [Int](repeating: 0, count: outbound[elements.count])
    for offset in flows.indices {
      if let target = flows[offset].target {
        inboundFlows[inbound[target]] = offset
        inbound[target] += 1
      }
      if let source = flows[offset].source {
        outboundFlows[outbound[source]] = offset
        outbound[source] += 1
      }
    }
  }

  /// The types of the boundaries a flow crosses, innermost first (source side, then target
  /// side), as `crosses` reads them; made when a rule reads them.
  func crossedTypes(flow index: Int) -> AttributeValue {
    let sourceFirst = flows[index].source.flatMap { elements[$0].chain.first }
    let targetFirst = flows[index].target.flatMap { elements[$0].chain.first }
    guard sourceFirst != targetFirst else { return .list([]) }
    let sourceChain = sourceFirst.map { boundaryChains[$0] } ?? []
    let targetChain = targetFirst.map { boundaryChains[$0] } ?? []
    let crossed =
      sourceChain.filter { !targetChain.contains($0) }
      + enteredBoundaries[flows[index].entered]
    return .list(crossed.compactMap { boundaryTypes[$0] }.map(AttributeValue.symbol))
  }

  private func transport(
    _ offset: Int, _ crossing: (internet: Bool, cloud: Bool),
    _ cache: inout [String: TransportFacts],
    into facts: inout IndexedFlow
  ) {
    let attributes = diagram.flows[offset].attributes
    var known = TransportFacts()
    if let used = attributes.text("protocol") {
      if let found = cache[used] {
        known = found
      } else {
        let definition = vocabulary.protocols[used]
        known = TransportFacts(
          medium: definition?.medium, cleartext: definition?.cleartext ?? false,
          key: implication.keys[used], detail: "protocol " + used)
        cache[used] = known
      }
    }
    if let medium = attributes.text("medium") {
      facts.medium = medium
    } else if let medium = known.medium {
      facts.medium = medium
      facts.mediumFromProtocol = true
    }
    facts.overRadio = facts.medium == "radio" || facts.medium == "mobile-network"
    let used = attributes.text("protocol")
    facts.ipLink =
      !facts.overRadio && facts.medium != "local"
      && !(used.map(Self.serialProtocols.contains) ?? (facts.medium == "wired"))
    facts.insecureProtocol = known.cleartext
    facts.protocolKey = known.key
    facts.protocolDetail = known.detail
    facts.overInternet =
      facts.medium == "internet" || crossing.internet
      || (crossing.cloud && facts.medium != "private")
  }
}
