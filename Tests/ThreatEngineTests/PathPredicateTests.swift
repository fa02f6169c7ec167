import DFDModel
import Testing
import ThreatEngine

/// The path predicates of issue 14: chains of flows in the rule language, with the path named
/// in the evidence.
struct PathPredicateTests {
  /// The finding of a one-rule catalogue with condition `when` on `target` of `model`, if any.
  static func finding(_ when: String, on target: String, scope: String, _ model: String) throws
    -> Finding?
  {
    let catalogue = try TestCatalogue.rules([("T-PATH", scope, when)])
    let (diagram, _) = try ModelText.diagram(model)
    return Analyzer(catalogue: catalogue).analyze(diagram).findings.first { $0.target == target }
  }

  static let broker = """
    model "m" [owner: "Council, Parking"]
    boundary vendor "Vendor" [type: organisation, owner: "Vendor Ltd"] {
      contractor tech
      remote-access rap [internet-facing]
    }
    boundary council "Council" [type: organisation, owner: "Council"] {
      vms nvr
      database db
    }
    tech -> rap [remote-admin]
    rap -> nvr [remote-admin]
    nvr -> db
    """

  @Test func remoteAdminPathRunsFromTheContractorThroughTheBroker() throws {
    let landing = try #require(
      try Self.finding("flow.remote-admin-path", on: "rap->nvr", scope: "flow", Self.broker))
    #expect(landing.why.first?.detail == "tech → rap → nvr")
    #expect(
      try Self.finding("flow.remote-admin-path", on: "nvr->db", scope: "flow", Self.broker) == nil)
    let direct = Self.broker.replacingOccurrences(of: "remote-access rap", with: "service rap")
    #expect(
      try Self.finding("flow.remote-admin-path", on: "rap->nvr", scope: "flow", direct) == nil)
  }

  @Test func reachabilityFollowsAnyChainAndNamesIt() throws {
    let supplier = try #require(
      try Self.finding("element.reached-from-supplier", on: "db", scope: "element", Self.broker))
    #expect(supplier.why.first?.detail == "tech → rap → nvr → db")
    let internet = try #require(
      try Self.finding("element.reached-from-internet", on: "db", scope: "element", Self.broker))
    #expect(internet.why.first?.detail == "rap → nvr → db")
    #expect(
      try Self.finding("element.reached-from-external", on: "db", scope: "element", Self.broker)
        != nil)
    let staffOnly = """
      staff s
      service a
      s -> a
      """
    #expect(
      try Self.finding("element.reached-from-external", on: "a", scope: "element", staffOnly)
        == nil)
    #expect(
      try Self.finding("element.reached-from-internet", on: "a", scope: "element", staffOnly)
        == nil)
  }

  static let sharing = """
    model "m" [owner: "Council, Parking"]
    data clip "Clip" [classification: personal]
    citizen driver
    boundary council "Council" [type: organisation, owner: "Council"] {
      staff dpo
      service bo
    }
    boundary police "Police" [type: organisation, owner: "Police"] {
      external officer
    }
    dpo -> officer [data: [clip]]
    bo -> driver [data: [clip]]
    officer -> bo [data: [clip]]
    """

  @Test func leavesOwnerIsDataGoingToAnotherOrganisation() throws {
    let out = try #require(
      try Self.finding("flow.leaves-owner", on: "dpo->officer", scope: "flow", Self.sharing))
    #expect(out.why.first?.detail == "from Council to Police")
    // A citizen receiving their own data, and data coming in, do not leave.
    #expect(
      try Self.finding("flow.leaves-owner", on: "bo->driver", scope: "flow", Self.sharing) == nil)
    #expect(
      try Self.finding("flow.leaves-owner", on: "officer->bo", scope: "flow", Self.sharing) == nil)
    let unowned = Self.sharing.replacingOccurrences(
      of: "model \"m\" [owner: \"Council, Parking\"]", with: "")
    #expect(
      try Self.finding("flow.leaves-owner", on: "dpo->officer", scope: "flow", unowned) == nil)
  }

  @Test func deviceDataReachesItsFirstConsumerOnly() throws {
    let model = """
      data reads "Reads"
      data video "Video"
      camera cam
      gateway router
      vms nvr
      service bo
      database db
      cam -> router [data: [reads]]
      router -> bo [data: [reads]]
      bo -> db [data: [reads]]
      cam -> nvr [data: [video]]
      nvr -> router [data: [video]]
      router -> db [data: [video]]
      """
    let when = "element.receives-field-data"
    #expect(try Self.finding(when, on: "bo", scope: "element", model) != nil)
    #expect(try Self.finding(when, on: "nvr", scope: "element", model) != nil)
    // Video through the router came from the NVR, which consumed it first.
    #expect(try Self.finding(when, on: "db", scope: "element", model) == nil)
  }

  @Test func ipLinkLeavesOutSerialBusesAndFieldWiring() throws {
    let model = """
      plc a
      actuator b
      a -> b "wired" [medium: wired]
      a -> b "serial" [protocol: rs485]
      a -> b "ip" [protocol: bacnet, medium: wired]
      """
    let (diagram, _) = try ModelText.diagram(model)
    let catalogue = try TestCatalogue.rules([("T-IP", "flow", "flow.ip-link")])
    let fired = Analyzer(catalogue: catalogue).analyze(diagram).findings.map(\.target)
    #expect(fired == [diagram.flows[2].id])
    #expect(
      try Self.finding(
        "element.ip-connected", on: "b", scope: "element",
        "plc a; actuator b; a -> b [protocol: rs485]")
        == nil)
  }

  @Test func tracksStaffFollowsWhatStaffPresentToADevice() throws {
    let model = """
      staff s
      device reader
      service acs
      camera cam
      service nvr
      s -> reader
      reader -> acs
      cam -> nvr
      """
    #expect(try Self.finding("element.tracks-staff", on: "acs", scope: "element", model) != nil)
    #expect(try Self.finding("element.tracks-staff", on: "nvr", scope: "element", model) == nil)
  }

  @Test func cardDataIsWhatAPaymentsElementSendsToItsProvider() throws {
    let model = """
      data card "Card"
      data stay "Stay"
      device pay [payments]
      third-party-service psp
      api app
      gateway router
      pay -> psp [data: [card]]
      app -> psp [data: [card]]
      pay -> router [data: [stay]]
      """
    #expect(
      try Self.finding("element.handles-card-data", on: "app", scope: "element", model) != nil)
    #expect(
      try Self.finding("element.handles-card-data", on: "router", scope: "element", model) == nil)
  }

  @Test func ownerPremisesAreTheOwnersBoundariesOutsideClouds() throws {
    let model = """
      model "m" [owner: "Council, IT"]
      boundary council "Council" [type: organisation, owner: "Council"] {
        database db
        boundary tenant "Tenant" [type: cloud] {
          database cloud-db
        }
      }
      """
    #expect(try Self.finding("element.on-owner-premises", on: "db", scope: "element", model) != nil)
    #expect(
      try Self.finding("element.on-owner-premises", on: "cloud-db", scope: "element", model)
        == nil)
  }

  @Test func userSessionIsAPersonsTwoWayFlow() throws {
    let model = """
      staff s
      service a
      service b
      s <-> a
      a <-> b
      """
    #expect(try Self.finding("flow.user-session", on: "s->a", scope: "flow", model) != nil)
    #expect(try Self.finding("flow.user-session", on: "a->b", scope: "flow", model) == nil)
  }
}

/// The shortest paths from entry points to safety-critical equipment.
struct AttackPathTests {
  @Test func pathsRunFromTheInternetAndSuppliersToSafetyCriticalEquipment() throws {
    let (diagram, _) = try ModelText.diagram(
      """
      contractor tech
      remote-access rap [internet-facing]
      plc ctrl
      actuator gate [safety-critical]
      tech -> rap [remote-admin]
      rap -> ctrl [remote-admin]
      ctrl -> gate
      """)
    let paths = Analyzer(catalogue: .builtIn).attackPaths(diagram)
    #expect(
      paths == [
        AttackPath(
          entry: .internet, elements: ["rap", "ctrl", "gate"], flows: ["rap->ctrl", "ctrl->gate"]),
        AttackPath(
          entry: .supplier, elements: ["tech", "rap", "ctrl", "gate"],
          flows: ["tech->rap", "rap->ctrl", "ctrl->gate"]),
      ])
    let (isolated, _) = try ModelText.diagram("actuator gate [safety-critical]")
    #expect(Analyzer(catalogue: .builtIn).attackPaths(isolated).isEmpty)
  }
}
