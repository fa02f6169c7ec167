import DFDModel
import Foundation

@testable import Reports

/// A street-lighting model over LoRaWAN with findings in every status.
enum Fixture {
  static let generated = Date(timeIntervalSince1970: 1_795_000_000)

  static let catalogue = CatalogueInfo(
    id: "scp-connected-places", version: "0.1.0", title: "Connected places STRIDE catalogue",
    rules: [
      RuleDescriptor(
        id: "SCP-S-001", title: "Rogue or cloned device injects data",
        description:
          "A cloned unit, emulator or holder of stolen keys sends readings that the platform accepts.",
        mitigations: [
          "Give every device its own cryptographic identity and verify it on each message.",
          "Reject and alert on traffic from unregistered or revoked device identities.",
        ], severity: .medium, stride: [.spoofing],
        references: [
          Reference(system: "ncsc", id: "CP-6"), Reference(system: "cwe", id: "CWE-290"),
        ]),
      RuleDescriptor(
        id: "SCP-S-002",
        title: "Fleet-wide or built-in keys let one captured unit impersonate many",
        description: "Keys shared across a batch let one extracted unit impersonate every unit.",
        mitigations: ["Generate unique keys per unit at manufacture."], severity: .medium,
        stride: [.spoofing, .informationDisclosure],
        references: [Reference(system: "cwe", id: "CWE-798")]),
      RuleDescriptor(
        id: "SCP-S-004", title: "Forged commands reach street infrastructure",
        description:
          "Commands accepted without proof of origin let anyone operate public infrastructure.",
        mitigations: ["Authenticate and authorise every command end to end."], severity: .high,
        stride: [.spoofing, .elevationOfPrivilege],
        references: [Reference(system: "capec", id: "CAPEC-148")]),
      RuleDescriptor(
        id: "SCP-T-010", title: "Asset records altered in the store", severity: .medium,
        stride: [.tampering]),
      RuleDescriptor(
        id: "SCP-I-003", title: "Operator schedules readable in transit", severity: .low,
        stride: [.informationDisclosure]),
      RuleDescriptor(
        id: "SCP-D-002", title: "Network server outage stops all lighting control",
        severity: .high, stride: [.denialOfService]),
    ])

  static var diagram: Diagram {
    var diagram = Diagram(
      info: ModelInfo(
        title: "Street lighting (LoRaWAN)",
        attributes: [
          "version": .string("1.2"), "owner": .string("Highways and Transport"),
          "description": .string("Central management of 48,000 LED lanterns."),
        ]))
    diagram.add(
      TrustBoundary(
        id: "street", label: "Street furniture", attributes: ["type": .symbol("physical")]))
    diagram.add(
      TrustBoundary(id: "cloud", label: "Supplier cloud", attributes: ["type": .symbol("cloud")]))
    diagram.add(
      Element(
        id: "lamp", kind: "controller", category: .device, label: "Street lamp controller",
        boundary: "street"))
    diagram.add(
      Element(
        id: "gateway", kind: "network-server", category: .process, label: "LoRaWAN network server",
        boundary: "cloud"))
    diagram.add(
      Element(
        id: "cms", kind: "cms", category: .process, label: "Central management system",
        boundary: "cloud"))
    diagram.add(
      Element(
        id: "db", kind: "database", category: .store, label: "Asset database", boundary: "cloud"))
    diagram.add(
      Element(id: "operator", kind: "operator", category: .external, label: "Highways operator"))
    diagram.add(
      Flow(
        id: "f1", source: "lamp", target: "gateway", label: "readings",
        attributes: ["protocol": .symbol("lorawan")]))
    diagram.add(
      Flow(
        id: "f2", source: "gateway", target: "cms", label: "uplinks",
        attributes: ["protocol": .symbol("https")]))
    diagram.add(
      Flow(
        id: "f3", source: "cms", target: "lamp", label: "dimming commands",
        attributes: ["command": .bool(true)]))
    diagram.add(
      Flow(
        id: "f4", source: "operator", target: "cms", label: "schedules", direction: .forward,
        pair: "f4.reverse"))
    diagram.add(
      Flow(
        id: "f4.reverse", source: "cms", target: "operator", label: "schedules",
        direction: .reverse, pair: "f4"))
    diagram.add(Flow(id: "f5", source: "cms", target: "db", label: "asset records"))
    diagram.triage = triage
    return diagram
  }

  static let triage = [
    Triage(
      rule: "SCP-S-002", target: "lamp", status: .accepted,
      attributes: [
        "note": .string("Supplier replaces ABP with OTAA in the 2027 firmware."),
        "by": .string("J. Patel"), "date": .string("2026-10-02"), "ticket": .string("RISK-214"),
      ]),
    Triage(
      rule: "SCP-I-003", target: "f4.reverse", status: .transferred,
      attributes: [
        "note": .string("Covered by the operator's own VPN contract."),
        "ticket": .string("RISK-219"),
      ]),
    Triage(
      rule: "SCP-T-010", target: "db", status: .mitigated,
      attributes: ["note": .string("Row-level audit and backups.")]),
    Triage(rule: "SCP-D-002", target: "gateway", status: .notApplicable),
  ]

  static let sourceMap = SourceMap(
    declarations: [
      "street": SourceLocation(file: "city/lighting.dfd", line: 4, column: 1),
      "cloud": SourceLocation(file: "city/lighting.dfd", line: 8, column: 1),
      "lamp": SourceLocation(
        file: "city/lighting.dfd", line: 5, column: 3, endLine: 5, endColumn: 7),
      "gateway": SourceLocation(file: "city/lighting.dfd", line: 9, column: 3, endColumn: 10),
      "cms": SourceLocation(file: "city/lighting.dfd", line: 10, column: 3, endColumn: 6),
      "db": SourceLocation(file: "city/lighting.dfd", line: 11, column: 3, endColumn: 5),
      "operator": SourceLocation(file: "city/lighting.dfd", line: 13, column: 1, endColumn: 9),
      "f1": SourceLocation(file: "city/lighting.dfd", line: 15, column: 1, endColumn: 16),
      "f2": SourceLocation(file: "city/lighting.dfd", line: 16, column: 1, endColumn: 15),
      "f3": SourceLocation(file: "city/lighting.dfd", line: 17, column: 1, endColumn: 12),
      "f4": SourceLocation(file: "city/lighting.dfd", line: 18, column: 1, endColumn: 17),
      "f5": SourceLocation(file: "city/lighting.dfd", line: 19, column: 1, endColumn: 10),
    ],
    triage: (21...24).map { SourceLocation(file: "city/lighting.dfd", line: $0, column: 1) })

  static var findings: [Finding] {
    let triage = Self.triage
    return [
      Finding(
        rule: "SCP-S-001", target: "f1", targetKind: .flow, stride: [.spoofing], severity: .medium,
        title: "Rogue or cloned device injects data",
        description:
          "A cloned unit, emulator or holder of stolen keys sends readings that the platform accepts.",
        mitigations: catalogue.rules[0].mitigations, references: catalogue.rules[0].references,
        ask: "How does the platform know a message really came from the device it names?",
        why: [
          Evidence(path: "source.category", value: "device", origin: .derived),
          Evidence(path: "flow.authenticated", value: "false", origin: .assumed),
        ]),
      Finding(
        rule: "SCP-S-004", target: "f3", targetKind: .flow,
        stride: [.spoofing, .elevationOfPrivilege],
        severity: .critical, title: "Forged commands reach street infrastructure",
        description:
          "Commands accepted without proof of origin let anyone operate public infrastructure.",
        mitigations: ["Authenticate and authorise every command end to end."],
        references: [Reference(system: "capec", id: "CAPEC-148")],
        ask: "Who can send a dimming command, and how does the lamp check it?",
        why: [Evidence(path: "flow.command", value: "true", origin: .stated)]),
      Finding(
        rule: "SCP-S-002", target: "lamp", targetKind: .element,
        stride: [.spoofing, .informationDisclosure],
        severity: .high, status: .accepted,
        title: "Fleet-wide or built-in keys let one captured unit impersonate many",
        mitigations: ["Generate unique keys per unit at manufacture."],
        references: [Reference(system: "cwe", id: "CWE-798")],
        ask: "Are any keys the same on more than one unit?",
        why: [
          Evidence(
            path: "element.activation", value: "abp", origin: .inherited, detail: "boundary street")
        ],
        triage: triage[0]),
      Finding(
        rule: "SCP-I-003", target: "f4.reverse", targetKind: .flow,
        stride: [.informationDisclosure],
        severity: .low, status: .transferred, title: "Operator schedules readable in transit",
        triage: triage[1]),
      Finding(
        rule: "SCP-T-010", target: "db", targetKind: .element, stride: [.tampering],
        severity: .medium,
        status: .mitigated, title: "Asset records altered in the store", triage: triage[2]),
      Finding(
        rule: "SCP-D-002", target: "gateway", targetKind: .element, stride: [.denialOfService],
        severity: .high, status: .notApplicable,
        title: "Network server outage stops all lighting control",
        triage: triage[3]),
      Finding(
        rule: "LOCAL-1", target: "street", targetKind: .boundary, stride: [.tampering],
        severity: .medium, title: "Cabinet doors opened with a common key",
        description: "Feeder pillars share one key across the borough.",
        mitigations: ["Fit restricted-profile locks.", "Log cabinet openings."]),
    ]
  }

  static var svg: String {
    get throws {
      try String(
        contentsOf: fixtures.appendingPathComponent("street-lighting.svg"), encoding: .utf8)
    }
  }

  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

  static func input(svg: String? = nil) -> ReportInput {
    ReportInput(
      diagram: diagram, sourceMap: sourceMap, findings: findings, modelPath: "city/lighting.dfd",
      catalogue: catalogue, svg: svg, generated: generated, toolVersion: "9.9.9-test")
  }
}
