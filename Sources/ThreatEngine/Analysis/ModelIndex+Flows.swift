import DFDModel

extension ModelIndex {
  /// Fills `flows` and the elements' adjacency from ends, boundaries, protocol and data.
  mutating func indexFlows() {
    flows.reserveCapacity(diagram.flows.count)
    for (offset, flow) in diagram.flows.enumerated() {
      var facts = FlowFacts()
      facts.source = elementIDs[flow.source]
      facts.target = elementIDs[flow.target]
      if let source = facts.source { elements[source].outbound.append(offset) }
      if let target = facts.target { elements[target].inbound.append(offset) }
      crossing(flow, into: &facts)
      transport(flow, into: &facts)
      carried(flow, into: &facts)
      flows.append(facts)
    }
  }

  private func crossing(_ flow: Flow, into facts: inout FlowFacts) {
    let sourceChain = facts.source.map { elements[$0].chain } ?? []
    let targetChain = facts.target.map { elements[$0].chain } ?? []
    facts.crossesBoundary = sourceChain.first != targetChain.first
    facts.entered = targetChain.filter { !sourceChain.contains($0) }
    facts.crossed = sourceChain.filter { !targetChain.contains($0) } + facts.entered
    let sourceOwner = owner(of: sourceChain)
    let targetOwner = owner(of: targetChain)
    if let sourceOwner, let targetOwner {
      facts.crossesOrg = sourceOwner != targetOwner
    } else {
      facts.crossesOrg = crossedTypes(facts).contains { $0 == "organisation" || $0 == "cloud" }
    }
  }

  /// The types of the boundaries a flow crosses, innermost first.
  func crossedTypes(_ facts: FlowFacts) -> [String] {
    facts.crossed.compactMap { diagram.boundaries[$0].attributes.text("type") }
  }

  /// The nearest stated owner along a chain of boundaries.
  func owner(of chain: [Int]) -> String? {
    for boundary in chain {
      if let owner = diagram.boundaries[boundary].attributes.text("owner") { return owner }
    }
    return nil
  }

  private func transport(_ flow: Flow, into facts: inout FlowFacts) {
    let definition = flow.protocol.flatMap { vocabulary.protocols[$0] }
    if let medium = flow.attributes.text("medium") {
      facts.medium = medium
    } else if let medium = definition?.medium {
      facts.medium = medium
      facts.mediumFromProtocol = true
    }
    facts.overRadio = facts.medium == "radio" || facts.medium == "mobile-network"
    facts.insecureProtocol = definition?.cleartext ?? false
    let types = crossedTypes(facts)
    facts.crossedTypes = .list(types.map(AttributeValue.symbol))
    facts.protocolKey = flow.protocol.flatMap { implication.keys[$0] }
    facts.overInternet =
      facts.medium == "internet" || types.contains("internet")
      || (types.contains("cloud") && facts.medium != "private")
  }

  private func carried(_ flow: Flow, into facts: inout FlowFacts) {
    for id in flow.data {
      guard let asset = diagram.dataAsset(id) else { continue }
      let attributes = asset.attributes
      let classification = attributes.text("classification")
      let personal = classification == "personal" || classification == "special-category"
      facts.personal = facts.personal || personal
      facts.special = facts.special || classification == "special-category"
      facts.confidential = facts.confidential || personal || classification == "confidential"
      let type = attributes.text("type")
      facts.credentials = facts.credentials || type == "credentials"
      facts.commandData = facts.commandData || type == "command" || type == "configuration"
      facts.firmwareData = facts.firmwareData || type == "firmware"
      let location = attributes.bool("location") == true
      let identifiers = attributes.bool("identifiers") == true
      facts.open = facts.open || attributes.bool("open") == true
      facts.location = facts.location || location
      facts.identifiers = facts.identifiers || identifiers
      facts.safety = facts.safety || attributes.bool("safety") == true
      facts.evidential = facts.evidential || attributes.bool("evidential") == true
      if personal || location || identifiers {
        let anonymisation = attributes.text("anonymisation")
        if anonymisation != "aggregated" && anonymisation != "anonymised" {
          facts.anonymised = false
        }
      }
    }
  }
}
