import DFDModel

/// The derived element properties the index computes (the catalogue's `derived.element`).
enum ElementProperty: String, Hashable, Sendable, CaseIterable {
  case zoneTypes = "zone-types", reachableFromInternet = "reachable-from-internet"
  case remoteAdmin = "remote-admin", servesUsers = "serves-users"
  case servesCitizens = "serves-citizens", servesStaff = "serves-staff"
  case ipConnected = "ip-connected", receivesFieldData = "receives-field-data"
  case receivesExternalFeed = "receives-external-feed", handlesPersonal = "handles-personal"
  case handlesSpecial = "handles-special", handlesLocation = "handles-location"
  case handlesIdentifiers = "handles-identifiers", handlesEvidential = "handles-evidential"
  case handlesSafety = "handles-safety", issuesCommands = "issues-commands"
  case issuesFirmware = "issues-firmware", receivesCommands = "receives-commands"
  case receivesFirmware = "receives-firmware"
}

/// The derived flow properties the index computes, and `medium` implied by a protocol.
enum FlowProperty: String, Hashable, Sendable, CaseIterable {
  case medium, crosses, command, firmware
  case crossesBoundary = "crosses-boundary", crossesOrg = "crosses-org"
  case overInternet = "over-internet", overRadio = "over-radio"
  case insecureProtocol = "insecure-protocol", personal, special, confidential, credentials
  case open, location, identifiers, safety, evidential, anonymised
}

extension ModelIndex {
  /// A derived element property; nil when (as a fallback) it gives nothing.
  func derived(_ property: ElementProperty, element index: Int) -> Resolution? {
    let facts = elements[index]
    let flag: Bool
    switch property {
    case .zoneTypes: return .derived(facts.zoneTypes)
    case .reachableFromInternet:
      return Resolution(
        value: .bool(facts.reachableFromInternet), origin: .derived,
        detail: facts.reachableDetail.map(Resolution.Detail.text))
    case .remoteAdmin: return facts.remoteAdmin ? Self.fromRemoteAdmin : nil
    case .servesUsers: flag = facts.servesUsers
    case .servesCitizens: flag = facts.servesCitizens
    case .servesStaff: flag = facts.servesStaff
    case .ipConnected: flag = facts.ipConnected
    case .receivesFieldData: flag = facts.receivesFieldData
    case .receivesExternalFeed: flag = facts.receivesExternalFeed
    case .handlesPersonal: flag = facts.handlesPersonal
    case .handlesSpecial: flag = facts.handlesSpecial
    case .handlesLocation: flag = facts.handlesLocation
    case .handlesIdentifiers: flag = facts.handlesIdentifiers
    case .handlesEvidential: flag = facts.handlesEvidential
    case .handlesSafety: flag = facts.handlesSafety
    case .issuesCommands: flag = facts.issuesCommands
    case .issuesFirmware: flag = facts.issuesFirmware
    case .receivesCommands: flag = facts.receivesCommands
    case .receivesFirmware: flag = facts.receivesFirmware
    }
    return flag ? Self.derivedTrue : Self.derivedFalse
  }

  static let derivedTrue = Resolution.derived(.bool(true))
  static let derivedFalse = Resolution.derived(.bool(false))
  static let fromRemoteAdmin = Resolution(
    value: .bool(true), origin: .derived, detail: .text("an inbound flow is remote-admin"))
  static let fromDataType = Resolution(
    value: .bool(true), origin: .derived, detail: .text("a data item's type"))

  /// A derived flow property; nil when (as a fallback) it gives nothing.
  func derived(_ property: FlowProperty, flow index: Int) -> Resolution? {
    let facts = flows[index]
    let flag: Bool
    switch property {
    case .medium:
      guard facts.mediumFromProtocol, let medium = facts.medium else { return nil }
      let used = diagram.flows[index].protocol ?? ""
      return Resolution(value: .symbol(medium), origin: .implied, detail: .protocol(used))
    case .crosses: return .derived(facts.crossedTypes)
    case .command: return facts.commandData ? Self.fromDataType : nil
    case .firmware: return facts.firmwareData ? Self.fromDataType : nil
    case .crossesBoundary: flag = facts.crossesBoundary
    case .crossesOrg: flag = facts.crossesOrg
    case .overInternet: flag = facts.overInternet
    case .overRadio: flag = facts.overRadio
    case .insecureProtocol: flag = facts.insecureProtocol
    case .personal: flag = facts.personal
    case .special: flag = facts.special
    case .confidential: flag = facts.confidential
    case .credentials: flag = facts.credentials
    case .open: flag = facts.open
    case .location: flag = facts.location
    case .identifiers: flag = facts.identifiers
    case .safety: flag = facts.safety
    case .evidential: flag = facts.evidential
    case .anonymised: flag = facts.anonymised
    }
    return flag ? Self.derivedTrue : Self.derivedFalse
  }
}
