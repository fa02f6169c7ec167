import DFDModel

/// Diagrams built in Swift, so layout is tested without the parser.
enum SampleDiagrams {
  /// The street-lighting model of the language guide, with an empty boundary added.
  static var streetLighting: Diagram {
    var diagram = Diagram(
      info: ModelInfo(
        title: "Anytown smart street lighting", attributes: ["version": .string("1.2")]))
    diagram.add(
      TrustBoundary(
        id: "street", label: "Public highway", attributes: ["type": .symbol("physical")]))
    diagram.add(
      TrustBoundary(
        id: "vendor", label: "Lighting vendor cloud", attributes: ["type": .symbol("cloud")]))
    diagram.add(
      TrustBoundary(
        id: "restricted", label: "Restricted subnet", attributes: ["type": .symbol("network")],
        parent: "vendor"))
    diagram.add(
      TrustBoundary(id: "spare", label: "Spare cabinet", attributes: ["type": .symbol("physical")]))
    diagram.add(
      Element(
        id: "operator", kind: "user", category: .external, label: "Lighting operator",
        attributes: ["mfa": .bool(true)]))
    diagram.add(
      Element(id: "met-office", kind: "external", category: .external, label: "Weather service"))
    diagram.add(
      Element(
        id: "aq", kind: "sensor", category: .device, label: "Air-quality sensor", boundary: "street"
      ))
    diagram.add(
      Element(
        id: "lamp", kind: "actuator", category: .device, label: "Lamp node", boundary: "street"))
    diagram.add(
      Element(
        id: "gw", kind: "gateway", category: .process, label: "LoRaWAN gateway", boundary: "vendor")
    )
    diagram.add(
      Element(
        id: "cms", kind: "service", category: .process, label: "Central management system",
        boundary: "vendor"))
    diagram.add(
      Element(
        id: "tdb", kind: "database", category: .store, label: "Telemetry database",
        boundary: "restricted"))
    diagram.add(
      Flow(
        id: "aq->gw", source: "aq", target: "gw", label: "Readings",
        attributes: ["protocol": .symbol("lorawan"), "encrypted": .bool(true)]))
    diagram.add(
      Flow(
        id: "gw->cms", source: "gw", target: "cms", label: "Uplink",
        attributes: ["protocol": .symbol("mqtt"), "tls": .bool(true)]))
    diagram.add(
      Flow(
        id: "cms->tdb", source: "cms", target: "tdb", label: "Store readings",
        attributes: ["protocol": .symbol("postgres")]))
    diagram.add(
      Flow(
        id: "uplink2", source: "cms", target: "lamp", label: "Schedule",
        attributes: ["protocol": .symbol("lorawan")]))
    diagram.add(
      Flow(
        id: "operator->cms", source: "operator", target: "cms", label: "Console",
        attributes: ["protocol": .symbol("https")], direction: .forward, pair: "cms->operator"))
    diagram.add(
      Flow(
        id: "cms->operator", source: "cms", target: "operator", label: "Console",
        attributes: ["protocol": .symbol("https")], direction: .reverse, pair: "operator->cms"))
    diagram.add(
      Flow(
        id: "met-office->cms", source: "met-office", target: "cms", label: "Sunset times",
        attributes: ["protocol": .symbol("http")]))
    return diagram
  }

  /// Findings for the street-lighting model, as the engine would produce them.
  static var streetLightingFindings: [Finding] {
    [
      Finding(
        rule: "SCP-S-001", target: "aq", targetKind: .element, stride: [.spoofing], severity: .high,
        title: "Device identity can be cloned", mitigations: ["Use a secure element for keys"]),
      Finding(
        rule: "SCP-T-010", target: "aq", targetKind: .element,
        stride: [.tampering, .informationDisclosure], severity: .medium,
        title: "Physical access to the device", mitigations: ["Tamper-evident enclosure"]),
      Finding(
        rule: "SCP-D-002", target: "lamp", targetKind: .element, stride: [.denialOfService],
        severity: .critical, title: "Safety-critical actuator can be switched off",
        mitigations: ["Fail-safe default lighting"]),
      Finding(
        rule: "SCP-I-004", target: "cms->tdb", targetKind: .flow, stride: [.informationDisclosure],
        severity: .high, title: "Cleartext database connection", mitigations: ["Require TLS"]),
      Finding(
        rule: "SCP-S-009", target: "cms->operator", targetKind: .flow, stride: [.spoofing],
        severity: .low, title: "Console session hijack", mitigations: ["Short session lifetime"]),
      Finding(
        rule: "SCP-T-003", target: "aq->gw", targetKind: .flow, stride: [.tampering],
        severity: .medium, status: .mitigated, title: "Replay of readings"),
      Finding(
        rule: "SCP-E-001", target: "vendor", targetKind: .boundary, stride: [.elevationOfPrivilege],
        severity: .medium, title: "Vendor staff reach the lighting controls",
        mitigations: ["Role-based access"]),
    ]
  }
}
