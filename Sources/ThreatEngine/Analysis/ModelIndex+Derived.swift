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
  case reachedFromInternet = "reached-from-internet", reachedFromExternal = "reached-from-external"
  case reachedFromSupplier = "reached-from-supplier", tracksStaff = "tracks-staff"
  case handlesCardData = "handles-card-data", onOwnerPremises = "on-owner-premises"
  case thirdPartyOwned = "third-party-owned", holdsSurveillance = "holds-surveillance"
}

/// The derived flow properties the index computes, and `medium` implied by a protocol.
enum FlowProperty: String, Hashable, Sendable, CaseIterable {
  case medium, crosses, command, firmware
  case crossesBoundary = "crosses-boundary", crossesOrg = "crosses-org"
  case overInternet = "over-internet", overRadio = "over-radio"
  case insecureProtocol = "insecure-protocol", personal, special, confidential, credentials
  case open, location, identifiers, safety, evidential, anonymised
  case remoteAdminPath = "remote-admin-path", leavesOwner = "leaves-owner", ipLink = "ip-link"
  case userSession = "user-session"
}

extension ModelIndex {
  /// A derived element property; nil when (as a fallback) it gives nothing.
  func derived(_ property: ElementProperty, element index: Int) -> Resolution? {
    let flag: Bool
    switch property {
    case .zoneTypes: return .derived(elements[index].zoneTypes)
    case .reachableFromInternet:
      return Resolution(
        value: .bool(elements[index].reachableFromInternet), origin: .derived,
        detail: elements[index].reachableDetail)
    case .remoteAdmin: return elements[index].remoteAdmin ? Self.fromRemoteAdmin : nil
    case .servesUsers: flag = elements[index].servesUsers
    case .servesCitizens: flag = elements[index].servesCitizens
    case .servesStaff: flag = elements[index].servesStaff
    case .ipConnected: flag = elements[index].ipConnected
    case .receivesFieldData: flag = elements[index].receivesFieldData
    case .receivesExternalFeed: flag = elements[index].receivesExternalFeed
    case .handlesPersonal: flag = elements[index].handlesPersonal
    case .handlesSpecial: flag = elements[index].handlesSpecial
    case .handlesLocation: flag = elements[index].handlesLocation
    case .handlesIdentifiers: flag = elements[index].handlesIdentifiers
    case .handlesEvidential: flag = elements[index].handlesEvidential
    case .handlesSafety: flag = elements[index].handlesSafety
    case .issuesCommands: flag = elements[index].issuesCommands
    case .issuesFirmware: flag = elements[index].issuesFirmware
    case .receivesCommands: flag = elements[index].receivesCommands
    case .receivesFirmware: flag = elements[index].receivesFirmware
    case .handlesCardData: flag = elements[index].handlesCardData
    case .holdsSurveillance: flag = elements[index].holdsSurveillance
    case .onOwnerPremises: flag = isOnOwnerPremises(index)
    case .thirdPartyOwned: flag = isThirdPartyOwned(index)
    case .reachedFromInternet: return reached(index, paths.fromInternet)
    case .reachedFromExternal: return reached(index, paths.fromExternal)
    case .reachedFromSupplier: return reached(index, paths.fromSupplier)
    case .tracksStaff: return reached(index, paths.fromStaffDevices)
    }
    return flag ? Self.derivedTrue : Self.derivedFalse
  }

  /// True with the path that reached the element, or false.
  private func reached(_ element: Int, _ tree: PathTree) -> Resolution {
    guard tree.reached(element) else { return Self.derivedFalse }
    return Resolution(
      value: .bool(true), origin: .derived, detail: pathText(to: element, in: tree))
  }

  /// Whether a flow is one half of a two-way flow between a person and a process: the
  /// person's interactive session, in which data shown to them is listed both ways.
  private func isUserSession(_ flow: Int) -> Bool {
    guard diagram.flows[flow].isTwoWay, let source = flows[flow].source,
      let target = flows[flow].target
    else { return false }
    return traits(of: source).isUser || traits(of: target).isUser
  }

  static let derivedTrue = Resolution.derived(.bool(true))
  static let derivedFalse = Resolution.derived(.bool(false))
  static let fromRemoteAdmin = Resolution(
    value: .bool(true), origin: .derived, detail: "an inbound flow is remote-admin")
  static let fromDataType = Resolution(
    value: .bool(true), origin: .derived, detail: "a data item's type")

  /// A derived flow property; nil when (as a fallback) it gives nothing.
  func derived(_ property: FlowProperty, flow index: Int) -> Resolution? {
    let flag: Bool
    switch property {
    case .medium:
      guard flows[index].mediumFromProtocol, let medium = flows[index].medium else { return nil }
      return Resolution(
        value: .symbol(medium), origin: .implied, detail: flows[index].protocolDetail)
    case .crosses: return .derived(crossedTypes(flow: index))
    case .command: return flows[index].commandData ? Self.fromDataType : nil
    case .firmware: return flows[index].firmwareData ? Self.fromDataType : nil
    case .crossesBoundary: flag = flows[index].crossesBoundary
    case .crossesOrg: flag = flows[index].crossesOrg
    case .overInternet: flag = flows[index].overInternet
    case .overRadio: flag = flows[index].overRadio
    case .insecureProtocol: flag = flows[index].insecureProtocol
    case .personal: flag = flows[index].personal
    case .special: flag = flows[index].special
    case .confidential: flag = flows[index].confidential
    case .credentials: flag = flows[index].credentials
    case .open: flag = flows[index].open
    case .location: flag = flows[index].location
    case .identifiers: flag = flows[index].identifiers
    case .safety: flag = flows[index].safety
    case .evidential: flag = flows[index].evidential
    case .anonymised: flag = flows[index].anonymised
    case .ipLink: flag = flows[index].ipLink
    case .userSession: flag = isUserSession(index)
    case .remoteAdminPath:
      guard paths.remoteAdminVia[index] != PathTree.unreached else { return Self.derivedFalse }
      return Resolution(
        value: .bool(true), origin: .derived, detail: remoteAdminPathText(flow: index))
    case .leavesOwner:
      guard let detail = leavesOwner(index) else { return Self.derivedFalse }
      return Resolution(value: .bool(true), origin: .derived, detail: detail)
    }
    return flag ? Self.derivedTrue : Self.derivedFalse
  }
}
