import DFDModel

extension ModelIndex {
  /// A derived element property; nil when `name` is not one or (for fallbacks) gives nothing.
  func derivedElement(_ name: String, _ index: Int) -> Resolution? {
    let facts = elements[index]
    let flag: Bool
    switch name {
    case "zone-types":
      let types = facts.chain.compactMap { diagram.boundaries[$0].attributes.text("type") }
      return .derived(.list(types.map(AttributeValue.symbol)))
    case "reachable-from-internet":
      return Resolution(
        value: .bool(facts.reachableFromInternet), origin: .derived,
        detail: facts.reachableDetail.map(Resolution.Detail.text))
    case "remote-admin":
      return facts.remoteAdmin
        ? Resolution(
          value: .bool(true), origin: .derived, detail: .text("an inbound flow is remote-admin"))
        : nil
    case "serves-users": flag = facts.servesUsers
    case "serves-citizens": flag = facts.servesCitizens
    case "serves-staff": flag = facts.servesStaff
    case "ip-connected": flag = facts.ipConnected
    case "receives-field-data": flag = facts.receivesFieldData
    case "receives-external-feed": flag = facts.receivesExternalFeed
    case "handles-personal": flag = facts.handlesPersonal
    case "handles-special": flag = facts.handlesSpecial
    case "handles-location": flag = facts.handlesLocation
    case "handles-identifiers": flag = facts.handlesIdentifiers
    case "handles-evidential": flag = facts.handlesEvidential
    case "handles-safety": flag = facts.handlesSafety
    case "issues-commands": flag = facts.issuesCommands
    case "issues-firmware": flag = facts.issuesFirmware
    case "receives-commands": flag = facts.receivesCommands
    case "receives-firmware": flag = facts.receivesFirmware
    default: return nil
    }
    return .derived(.bool(flag))
  }

  static let fromDataType = Resolution(
    value: .bool(true), origin: .derived, detail: .text("a data item's type"))

  /// A derived flow property; nil when `name` is not one or (for fallbacks) gives nothing.
  func derivedFlow(_ name: String, _ index: Int) -> Resolution? {
    let facts = flows[index]
    let flag: Bool
    switch name {
    case "medium":
      guard facts.mediumFromProtocol, let medium = facts.medium else { return nil }
      let used = diagram.flows[index].protocol ?? ""
      return Resolution(value: .symbol(medium), origin: .implied, detail: .protocol(used))
    case "crosses": return .derived(.list(crossedTypes(facts).map(AttributeValue.symbol)))
    case "command": return facts.commandData ? Self.fromDataType : nil
    case "firmware": return facts.firmwareData ? Self.fromDataType : nil
    case "crosses-boundary": flag = facts.crossesBoundary
    case "crosses-org": flag = facts.crossesOrg
    case "over-internet": flag = facts.overInternet
    case "over-radio": flag = facts.overRadio
    case "insecure-protocol": flag = facts.insecureProtocol
    case "personal": flag = facts.personal
    case "special": flag = facts.special
    case "confidential": flag = facts.confidential
    case "credentials": flag = facts.credentials
    case "open": flag = facts.open
    case "location": flag = facts.location
    case "identifiers": flag = facts.identifiers
    case "safety": flag = facts.safety
    case "evidential": flag = facts.evidential
    case "anonymised": flag = facts.anonymised
    default: return nil
    }
    return .derived(.bool(flag))
  }
}
