import DFDModel

extension ModelIndex {
  /// Fills the derived element properties from the flows around each element.
  mutating func deriveElementFacts() {
    let fieldData = carriesFieldData()
    for index in elements.indices {
      var facts = elements[index]
      reachability(index, &facts)
      audience(index, &facts)
      for offset in facts.inbound { handled(offset, &facts) }
      for offset in facts.outbound { handled(offset, &facts) }
      facts.handlesSafety =
        facts.handlesSafety || resolveElement(implication.safetyCritical, index).isTrue
      for offset in facts.outbound {
        facts.issuesCommands = facts.issuesCommands || isTrue(implication.command, offset)
        facts.issuesFirmware = facts.issuesFirmware || isTrue(implication.firmware, offset)
      }
      for offset in facts.inbound {
        facts.receivesCommands = facts.receivesCommands || isTrue(implication.command, offset)
        facts.receivesFirmware = facts.receivesFirmware || isTrue(implication.firmware, offset)
        facts.remoteAdmin = facts.remoteAdmin || isTrue(implication.remoteAdmin, offset)
        facts.receivesFieldData = facts.receivesFieldData || fieldData[offset]
        if let source = flows[offset].source {
          let traits = traits(of: source)
          facts.receivesExternalFeed =
            facts.receivesExternalFeed || (traits.isExternal && !traits.isUser)
        }
      }
      elements[index] = facts
    }
  }

  /// Per flow: whether it carries a data item that some flow from a device carries.
  private func carriesFieldData() -> [Bool] {
    var fieldData = Set<String>()
    for (offset, flow) in diagram.flows.enumerated() {
      if let source = flows[offset].source, traits(of: source).isDevice {
        fieldData.formUnion(flow.data)
      }
    }
    guard !fieldData.isEmpty else { return Array(repeating: false, count: flows.count) }
    return diagram.flows.map { $0.data.contains(where: fieldData.contains) }
  }

  /// What an adjacent flow tells about the data an element handles and how it is connected.
  private func handled(_ offset: Int, _ facts: inout ElementFacts) {
    let flow = flows[offset]
    facts.ipConnected = facts.ipConnected || (!flow.overRadio && flow.medium != "local")
    facts.handlesPersonal = facts.handlesPersonal || flow.personal
    facts.handlesSpecial = facts.handlesSpecial || flow.special
    facts.handlesLocation = facts.handlesLocation || flow.location
    facts.handlesIdentifiers = facts.handlesIdentifiers || flow.identifiers
    facts.handlesEvidential = facts.handlesEvidential || flow.evidential
    facts.handlesSafety = facts.handlesSafety || flow.safety
  }

  private func isTrue(_ slot: Int, _ flow: Int) -> Bool { resolveFlow(slot, flow).isTrue }

  private func reachability(_ index: Int, _ facts: inout ElementFacts) {
    if diagram.elements[index].attributes.bool("internet-facing") == true {
      facts.reachableFromInternet = true
      facts.reachableDetail = "internet-facing is stated"
      return
    }
    guard !traits(of: index).isMobileApp else { return }
    for offset in facts.inbound {
      guard let source = flows[offset].source else { continue }
      let outside = elements[source].chain.first { boundary in
        boundaryTypes[boundary] == "internet" && !facts.chain.contains(boundary)
      }
      if let outside {
        facts.reachableFromInternet = true
        facts.reachableDetail =
          "flow \(diagram.flows[offset].id) from internet boundary \(diagram.boundaries[outside].id)"
        return
      }
    }
  }

  /// serves-users, serves-citizens and serves-staff, looking through one client app.
  private func audience(_ index: Int, _ facts: inout ElementFacts) {
    for offset in facts.inbound {
      guard let source = flows[offset].source else { continue }
      var people = [source]
      if traits(of: source).isClientApp {
        people += elements[source].inbound.compactMap { flows[$0].source }
      }
      for person in people {
        let traits = traits(of: person)
        guard traits.isUser else { continue }
        facts.servesUsers = true
        if traits.isCitizen { facts.servesCitizens = true } else { facts.servesStaff = true }
      }
    }
  }
}
