import DFDModel

extension ModelIndex {
  /// Fills the derived element properties from the flows around each element.
  ///
  /// `fieldData` tells per flow whether it carries a data item that a device sends.
  mutating func deriveElementFacts(fieldData: [Bool], cardData: [Bool]) {
    // What the element facts read of each flow, resolved once per flow, not once per end.
    let command = flows.indices.map { isTrue(implication.command, $0) }
    let firmware = flows.indices.map { isTrue(implication.firmware, $0) }
    let remoteAdmin = flows.indices.map { isTrue(implication.remoteAdmin, $0) }
    let internet = boundaryTypes.map { $0 == "internet" }
    for index in elements.indices {
      var facts = elements[index]
      reachability(index, internet, &facts)
      audience(index, &facts)
      for offset in inboundFlows[facts.inbound] { handled(offset, &facts) }
      facts.handlesCardData =
        inboundFlows[facts.inbound].contains { cardData[$0] }
        || outboundFlows[facts.outbound].contains { cardData[$0] }
      for offset in outboundFlows[facts.outbound] { handled(offset, &facts) }
      facts.handlesSafety =
        facts.handlesSafety || resolveElement(implication.safetyCritical, index).isTrue
      for offset in outboundFlows[facts.outbound] {
        facts.issuesCommands = facts.issuesCommands || command[offset]
        facts.issuesFirmware = facts.issuesFirmware || firmware[offset]
      }
      for offset in inboundFlows[facts.inbound] {
        facts.receivesCommands = facts.receivesCommands || command[offset]
        facts.receivesFirmware = facts.receivesFirmware || firmware[offset]
        facts.remoteAdmin = facts.remoteAdmin || remoteAdmin[offset]
        facts.receivesFieldData = facts.receivesFieldData || fieldData[offset]
        facts.holdsSurveillance = facts.holdsSurveillance || flows[offset].surveillance
        if let source = flows[offset].source, !remoteAdmin[offset] {
          let traits = traits(of: source)
          facts.receivesExternalFeed =
            facts.receivesExternalFeed || (traits.isExternal && !traits.isUser)
        }
      }
      elements[index] = facts
    }
  }

  /// What an adjacent flow tells about the data an element handles and how it is connected.
  private func handled(_ offset: Int, _ facts: inout ElementFacts) {
    facts.ipConnected = facts.ipConnected || flows[offset].ipLink
    facts.handlesPersonal = facts.handlesPersonal || flows[offset].personal
    facts.handlesSpecial = facts.handlesSpecial || flows[offset].special
    facts.handlesLocation = facts.handlesLocation || flows[offset].location
    facts.handlesIdentifiers = facts.handlesIdentifiers || flows[offset].identifiers
    facts.handlesEvidential = facts.handlesEvidential || flows[offset].evidential
    facts.handlesSafety = facts.handlesSafety || flows[offset].safety
  }

  private func isTrue(_ slot: Int, _ flow: Int) -> Bool { resolveFlow(slot, flow).isTrue }

  private func reachability(_ index: Int, _ internet: [Bool], _ facts: inout ElementFacts) {
    if diagram.elements[index].attributes.bool("internet-facing") == true {
      facts.reachableFromInternet = true
      facts.reachableDetail = "internet-facing is stated"
      return
    }
    guard !traits(of: index).isMobileApp else { return }
    for offset in inboundFlows[facts.inbound] {
      guard let source = flows[offset].source else { continue }
      let outside = elements[source].chain.first { boundary in
        internet[boundary] && !facts.chain.contains(boundary)
      }
      if let outside {
        facts.reachableFromInternet = true
        facts.reachableDetail =
          "flow \(diagram.flows[offset].id) from internet boundary \(diagram.boundaries[outside].id)"
        return
      }
    }
  }

  /// serves-users, serves-citizens and serves-staff, looking through one mobile app.
  private func audience(_ index: Int, _ facts: inout ElementFacts) {
    for offset in inboundFlows[facts.inbound] {
      guard let source = flows[offset].source else { continue }
      var people = [source]
      if traits(of: source).isMobileApp {
        people += inboundFlows[elements[source].inbound].compactMap { flows[$0].source }
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
