import DFDModel

/// What the index precomputes about one flow from its data, ends and boundaries.
struct FlowFacts: Sendable {
  var source: Int?
  var target: Int?
  var crossesBoundary = false
  /// Indexes of crossed boundaries, innermost first (source side, then target side).
  var crossed: [Int] = []
  /// Indexes of boundaries entered: containing the target, not the source.
  var entered: [Int] = []
  var crossesOrg = false
  var overInternet = false
  var overRadio = false
  var insecureProtocol = false
  var personal = false, special = false, confidential = false, credentials = false
  var open = false, location = false, identifiers = false, safety = false, evidential = false
  var anonymised = true
  var commandData = false, firmwareData = false
  var medium: String?
  var mediumFromProtocol = false
  /// The types of the crossed boundaries (`crossed`), as a list of symbols.
  var crossedTypes: AttributeValue = .list([])
  /// The key of the stated protocol in `Implication.keys`, if it has one.
  var protocolKey: Int?
}

/// What the index precomputes about one element from its flows and boundaries.
struct ElementFacts: Sendable {
  var chain: [Int] = []
  /// The types of the boundaries in `chain`, as a list of symbols.
  var zoneTypes: AttributeValue = .list([])
  var inbound: [Int] = []
  var outbound: [Int] = []
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
}
