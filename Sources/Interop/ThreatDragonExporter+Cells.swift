import DFDModel

extension ThreatDragonExporter {
  func boundaryCell(_ boundary: TrustBoundary) -> JSONOutput {
    .object(
      Self.position(placement.boundaries[boundary.id]) + [
        ("attrs", .object([("label", .object([("text", .string(boundary.displayName))]))])),
        ("visible", .bool(true)), ("shape", .string("trust-boundary-box")),
        ("zIndex", .number(-1)), ("id", .string(cellIDs[boundary.id] ?? boundary.id)),
        (
          "data",
          .object([
            ("name", .string(boundary.displayName)), ("description", .string("")),
            ("type", .string("tm.BoundaryBox")), ("isTrustBoundary", .bool(true)),
            ("hasOpenThreats", .bool(false)),
          ])
        ),
      ])
  }

  mutating func elementCell(_ element: Element) -> JSONOutput {
    let (shape, type): (String, String) =
      switch element.category {
      case .external: ("actor", "tm.Actor")
      case .store: ("store", "tm.Store")
      case .process, .device: ("process", "tm.Process")
      }
    var data: [(String, JSONOutput)] = [
      ("name", .string(element.label ?? "")), ("description", .string("")),
      ("type", .string(type)), ("isTrustBoundary", .bool(false)), ("outOfScope", .bool(false)),
      ("reasonOutOfScope", .string("")),
    ]
    let flag = { (name: String) in JSONOutput.bool(element.attributes.bool(name) == true) }
    let isA = { (kind: String) in element.kind == kind }
    switch element.category {
    case .external: data.append(("providesAuthentication", .bool(false)))
    case .process, .device:
      data += [
        ("handlesCardPayment", flag("payments")), ("handlesGoodsOrServices", .bool(false)),
        ("isWebApplication", .bool(isA("web-app"))), ("privilegeLevel", .string("")),
      ]
    case .store:
      data += [
        ("isALog", .bool(isA("log"))), ("storesCredentials", .bool(isA("key-store"))),
        ("isEncrypted", flag("encrypted-at-rest")), ("isSigned", flag("integrity-protected")),
      ]
    }
    data += threats(on: element.id)
    return .object(
      Self.position(placement.elements[element.id]) + [
        ("attrs", .object([("text", .object([("text", .string(element.label ?? ""))]))])),
        ("visible", .bool(true)), ("shape", .string(shape)), ("zIndex", .number(1)),
        ("id", .string(cellIDs[element.id] ?? element.id)), ("data", .object(data)),
      ])
  }

  mutating func flowCell(_ flow: Flow) -> JSONOutput {
    let twoWay = flow.direction == .forward
    let marker: JSONOutput = .object([("name", .string("block"))])
    let name = flow.label ?? ""
    var data: [(String, JSONOutput)] = [
      ("name", .string(name)), ("description", .string("")), ("type", .string("tm.Flow")),
      ("isTrustBoundary", .bool(false)), ("outOfScope", .bool(false)),
      ("reasonOutOfScope", .string("")), ("protocol", .string(flow.protocol ?? "")),
      ("isEncrypted", .bool(flow.attributes.bool("encrypted") == true)),
      ("isPublicNetwork", .bool(flow.attributes.text("medium") == "internet")),
      ("isBidirectional", .bool(twoWay)),
    ]
    data += threats(on: flow.id)
    let line: JSONOutput = .object([
      ("stroke", .string("#333333")), ("strokeWidth", .number(1)), ("targetMarker", marker),
      ("sourceMarker", twoWay ? marker : .string("")),
    ])
    return .object([
      ("shape", .string("flow")), ("attrs", .object([("line", line)])), ("zIndex", .number(10)),
      ("connector", .string("smooth")), ("id", .string(cellIDs[flow.id] ?? flow.id)),
      ("data", .object(data)),
      (
        "labels",
        .array(
          name.isEmpty
            ? []
            : [
              .object([
                ("position", .number(0.5)),
                ("attrs", .object([("label", .object([("text", .string(name))]))])),
              ])
            ])
      ),
      ("source", .object([("cell", .string(cellIDs[flow.source] ?? flow.source))])),
      ("target", .object([("cell", .string(cellIDs[flow.target] ?? flow.target))])),
      ("vertices", .array([])),
    ])
  }

  /// `threats` and `hasOpenThreats` for the cell of `id`.
  private mutating func threats(on id: String) -> [(String, JSONOutput)] {
    let findings = threatsByCell[id] ?? []
    var threats: [JSONOutput] = []
    for finding in findings {
      number += 1
      threats.append(threat(finding, number: number))
    }
    return [
      ("threats", .array(threats)), ("hasOpenThreats", .bool(findings.contains(where: \.isOpen))),
    ]
  }

  /// A finding as a Threat Dragon threat; its id `RULE@TARGET` lets `import` recognise it.
  private func threat(_ finding: Finding, number: Int) -> JSONOutput {
    let status: String =
      switch finding.status {
      case .open: "Open"
      case .mitigated: "Mitigated"
      case .notApplicable: "NotApplicable"
      case .accepted: "Accepted"
      case .transferred: "Transferred"
      }
    let isOwn = finding.triage?.definesThreat == true
    // For a catalogue finding that has been triaged, the mitigation holds the team's note.
    let mitigation =
      isOwn || finding.status == .open
      ? finding.mitigations.joined(separator: "\n") : finding.triage?.note ?? ""
    return .object([
      ("id", .string(finding.id)), ("title", .string(finding.title)),
      ("type", .string(finding.stride.first?.title ?? "Tampering")),
      ("modelType", .string("STRIDE")),
      ("severity", .string(finding.severity.rawValue.capitalized)),
      ("status", .string(status)), ("description", .string(finding.description)),
      ("mitigation", .string(mitigation)), ("number", .number(Double(number))),
      ("score", .string("")),
    ])
  }
}
