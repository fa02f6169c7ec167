import DFDModel

/// What the index precomputes about one flow from its data, ends and boundaries.
struct IndexedFlow: Sendable {
  var source: Int?
  var target: Int?
  var crossesBoundary = false
  /// Where the boundaries entered (containing the target, not the source; innermost first) sit
  /// in `ModelIndex.enteredBoundaries`.
  var entered: Range<Int> = 0..<0
  var crossesOrg = false
  var overInternet = false
  var overRadio = false
  var insecureProtocol = false
  var personal = false, special = false, confidential = false, credentials = false
  var open = false, location = false, identifiers = false, safety = false, evidential = false
  var anonymised = true
  /// Carries surveillance of people: footage, images or plate reads (`CarriedFacts.surveillance`).
  var surveillance = false
  /// Runs over a network: not radio, not local, not a serial bus or a hardwired contact.
  var ipLink = true
  var commandData = false, firmwareData = false
  var medium: String?
  var mediumFromProtocol = false
  /// The key of the stated protocol in `Implication.keys`, if it has one.
  var protocolKey: Int?
  /// `protocol NAME` for the stated protocol, the detail of the values it implies.
  var protocolDetail: String?
}

/// What the index precomputes about one element from its flows and boundaries.
struct ElementFacts: Sendable {
  var chain: [Int] = []
  /// The types of the boundaries in `chain`, as a list of symbols.
  var zoneTypes: AttributeValue = .list([])
  /// Where the element's inbound and outbound flows sit in `ModelIndex.inboundFlows` and
  /// `outboundFlows`.
  var inbound: Range<Int> = 0..<0
  var outbound: Range<Int> = 0..<0
  var reachableFromInternet = false
  var reachableDetail: String?
  var servesUsers = false, servesCitizens = false, servesStaff = false
  var ipConnected = false
  var receivesFieldData = false, receivesExternalFeed = false
  var handlesPersonal = false, handlesSpecial = false, handlesLocation = false
  var handlesIdentifiers = false, handlesEvidential = false, handlesSafety = false
  var issuesCommands = false, issuesFirmware = false
  var receivesCommands = false, receivesFirmware = false
  var remoteAdmin = false
  var handlesCardData = false
  /// An inbound flow carries surveillance of people (`IndexedFlow.surveillance`).
  var holdsSurveillance = false
}
