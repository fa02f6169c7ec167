import DFDModel

extension ModelIndex {
  /// Fills `flows` and the elements' adjacency from ends, boundaries, protocol and data.
  mutating func indexFlows() {
    flows.reserveCapacity(diagram.flows.count)
    let carriedByAsset = Dictionary(
      diagram.data.map { ($0.id, CarriedFacts($0.attributes)) },
      uniquingKeysWith: { first, _ in first })
    for (offset, flow) in diagram.flows.enumerated() {
      var facts = FlowFacts()
      facts.source = elementIDs[flow.source]
      facts.target = elementIDs[flow.target]
      if let source = facts.source { elements[source].outbound.append(offset) }
      if let target = facts.target { elements[target].inbound.append(offset) }
      let crossedTypes = crossing(into: &facts)
      transport(flow, crossedTypes, into: &facts)
      for id in flow.data {
        if let carried = carriedByAsset[id] { carried.add(to: &facts) }
      }
      flows.append(facts)
    }
  }

  /// The boundaries a flow crosses and enters, and whether it changes owner; returns the types
  /// of the crossed boundaries.
  private func crossing(into facts: inout FlowFacts) -> [String] {
    let sourceFirst = facts.source.flatMap { elements[$0].chain.first }
    let targetFirst = facts.target.flatMap { elements[$0].chain.first }
    // A chain is fixed by its innermost boundary, so equal first boundaries cross nothing.
    facts.crossesBoundary = sourceFirst != targetFirst
    var types: [String] = []
    if facts.crossesBoundary {
      let sourceChain = sourceFirst.map { boundaryChains[$0] } ?? []
      let targetChain = targetFirst.map { boundaryChains[$0] } ?? []
      facts.entered = targetChain.filter { !sourceChain.contains($0) }
      facts.crossed = sourceChain.filter { !targetChain.contains($0) } + facts.entered
      types = facts.crossed.compactMap { boundaryTypes[$0] }
      facts.crossedTypes = .list(types.map(AttributeValue.symbol))
    }
    if let sourceOwner = sourceFirst.flatMap({ chainOwners[$0] }),
      let targetOwner = targetFirst.flatMap({ chainOwners[$0] })
    {
      facts.crossesOrg = sourceOwner != targetOwner
    } else {
      facts.crossesOrg = types.contains { $0 == "organisation" || $0 == "cloud" }
    }
    return types
  }

  private func transport(_ flow: Flow, _ types: [String], into facts: inout FlowFacts) {
    let used = flow.protocol
    let definition = used.flatMap { vocabulary.protocols[$0] }
    if let medium = flow.attributes.text("medium") {
      facts.medium = medium
    } else if let medium = definition?.medium {
      facts.medium = medium
      facts.mediumFromProtocol = true
    }
    facts.overRadio = facts.medium == "radio" || facts.medium == "mobile-network"
    facts.insecureProtocol = definition?.cleartext ?? false
    facts.protocolKey = used.flatMap { implication.keys[$0] }
    facts.overInternet =
      facts.medium == "internet" || types.contains("internet")
      || (types.contains("cloud") && facts.medium != "private")
  }
}

/// What one data asset contributes to the flows that carry it.
struct CarriedFacts {
  var personal = false, special = false, confidential = false, credentials = false
  var command = false, firmware = false
  var open = false, location = false, identifiers = false, safety = false, evidential = false
  /// Whether it is personal, location or identifying data that is not anonymised.
  var identifiable = false

  init(_ attributes: Attributes) {
    let classification = attributes.text("classification")
    personal = classification == "personal" || classification == "special-category"
    special = classification == "special-category"
    confidential = personal || classification == "confidential"
    let type = attributes.text("type")
    credentials = type == "credentials"
    command = type == "command" || type == "configuration"
    firmware = type == "firmware"
    open = attributes.bool("open") == true
    location = attributes.bool("location") == true
    identifiers = attributes.bool("identifiers") == true
    safety = attributes.bool("safety") == true
    evidential = attributes.bool("evidential") == true
    let anonymisation = attributes.text("anonymisation")
    identifiable =
      (personal || location || identifiers)
      && anonymisation != "aggregated" && anonymisation != "anonymised"
  }

  func add(to facts: inout FlowFacts) {
    facts.personal = facts.personal || personal
    facts.special = facts.special || special
    facts.confidential = facts.confidential || confidential
    facts.credentials = facts.credentials || credentials
    facts.commandData = facts.commandData || command
    facts.firmwareData = facts.firmwareData || firmware
    facts.open = facts.open || open
    facts.location = facts.location || location
    facts.identifiers = facts.identifiers || identifiers
    facts.safety = facts.safety || safety
    facts.evidential = facts.evidential || evidential
    if identifiable { facts.anonymised = false }
  }
}
