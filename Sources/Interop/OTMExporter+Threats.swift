import DFDModel

extension OTMExporter {
  /// Records a finding: its rule as a threat definition (once), and an instance on the
  /// component or data flow it is about.
  mutating func add(_ finding: Finding) {
    var target = finding.target
    if finding.targetKind == .flow, let flow = diagram.flow(target), flow.direction == .reverse {
      target = flow.pair ?? target
    }
    guard finding.targetKind != .boundary else {
      leftOut.append(finding)
      return
    }
    if threatIDs.insert(finding.rule).inserted {
      let impact: Double =
        switch finding.severity {
        case .low: 25
        case .medium: 50
        case .high: 75
        case .critical: 100
        }
      threats.append(
        (
          finding.rule,
          .object([
            ("id", .string(finding.rule)), ("name", .string(finding.title)),
            ("description", .string(finding.description)),
            ("categories", .array(finding.stride.map { .string($0.rawValue) })),
            (
              "cwes",
              .array(finding.references.filter { $0.system == "cwe" }.map { .string($0.id) })
            ),
            ("risk", .object([("likelihood", .null), ("impact", .number(impact))])),
          ])
        ))
    }
    let isOwn = finding.triage?.definesThreat == true
    // A triaged catalogue finding carries the team's note as its one (implemented) mitigation.
    let texts =
      isOwn || finding.status == .open
      ? finding.mitigations : [finding.triage?.note].compactMap { $0 }
    let state = finding.status == .open || isOwn ? "RECOMMENDED" : "IMPLEMENTED"
    let references: [JSONOutput] = texts.map { text in
      .object([("mitigation", .string(mitigationID(text))), ("state", .string(state))])
    }
    let status: String =
      switch finding.status {
      case .open: "EXPOSED"
      case .mitigated: "MITIGATED"
      case .accepted: "ACCEPTED"
      case .transferred: "TRANSFERRED"
      case .notApplicable: "NOT_APPLICABLE"
      }
    instances[target, default: []].append(
      .object([
        ("threat", .string(finding.rule)), ("state", .string(status)),
        ("mitigations", .array(references)),
      ]))
  }

  private mutating func mitigationID(_ text: String) -> String {
    if let id = mitigations[text] { return id }
    let id = "mitigation-\(mitigations.count + 1)"
    mitigations[text] = id
    mitigationList.append(
      .object([("id", .string(id)), ("name", .string(text)), ("riskReduction", .number(50))]))
    return id
  }
}
