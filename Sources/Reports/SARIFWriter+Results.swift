import DFDModel
import OutputEscaping

extension SARIFWriter {
  /// The reporting descriptor of one rule.
  func descriptor(_ rule: RuleDescriptor) -> JSONValue {
    let mitigationText = rule.mitigations.map { "- \($0)" }.joined(separator: "\n")
    let mitigationMarkdown = rule.mitigations.map { "- " + Escaping.markdown($0) }
      .joined(separator: "\n")
    let references = rule.references.map(\.text)
    var helpText = rule.description
    var helpMarkdown = Escaping.markdown(rule.description)
    if !rule.mitigations.isEmpty {
      helpText += "\n\nMitigations:\n" + mitigationText
      helpMarkdown += "\n\n**Mitigations**\n\n" + mitigationMarkdown
    }
    if !references.isEmpty {
      helpText += "\n\nReferences: " + references.joined(separator: "; ")
      helpMarkdown +=
        "\n\n**References:** "
        + references.map(Escaping.markdown)
        .joined(separator: "; ")
    }
    return .object([
      ("id", .string(rule.id)),
      ("shortDescription", .object([("text", .string(rule.title))])),
      (
        "fullDescription",
        .object([("text", .string(rule.description.isEmpty ? rule.title : rule.description))])
      ),
      ("help", .object([("text", .string(helpText)), ("markdown", .string(helpMarkdown))])),
      ("defaultConfiguration", .object([("level", .string(Self.level(rule.severity)))])),
      (
        "properties",
        .object([
          ("stride", .strings(rule.stride.map(\.rawValue))),
          ("security-severity", .string(Self.securityScore(rule.severity))),
          ("severity", .string(rule.severity.rawValue)),
          ("references", .strings(references)),
          ("tags", .strings(["security", "threat-model"] + rule.stride.map(\.rawValue))),
        ])
      ),
    ])
  }

  /// The result of one finding: rule, level, message, location, fingerprint and triage.
  func result(for finding: Finding, ruleIndex: Int?, input: ReportInput, files: [String])
    -> JSONValue
  {
    let target = input.targetName(of: finding)
    var message = "\(finding.title) (\(finding.targetKind.rawValue) \(target))."
    if let ask = finding.ask { message += " Ask the supplier: \(ask)" }
    let logical = JSONValue.object([
      ("name", .string(finding.target)),
      ("fullyQualifiedName", .string(target)),
      ("kind", .string(finding.targetKind.rawValue)),
    ])
    let location = SARIFLocation.physical(input.location(of: finding), files: files)
    return .object(dropping: [
      ("ruleId", .string(finding.rule)),
      ("ruleIndex", ruleIndex.map(JSONValue.integer)),
      ("level", .string(Self.level(finding.severity))),
      ("message", .object([("text", .string(message))])),
      (
        "locations",
        .array([.object([("physicalLocation", location), ("logicalLocations", .array([logical]))])])
      ),
      ("partialFingerprints", .object([("scpDfdFindingId/v1", .string(finding.id))])),
      ("suppressions", suppressions(finding, input: input, files: files)),
      (
        "properties",
        .object(dropping: [
          ("status", .string(finding.status.rawValue)),
          ("severity", .string(finding.severity.rawValue)),
          ("stride", .strings(finding.stride.map(\.rawValue))),
          ("security-severity", .string(Self.securityScore(finding.severity))),
          ("evidence", finding.why.isEmpty ? nil : .strings(finding.why.map(\.text))),
          ("ticket", finding.ticket.map(JSONValue.string)),
        ])
      ),
    ])
  }

  /// Accepted and transferred findings are suppressions: in source when a `threat` statement in
  /// the model records the decision, external otherwise; the note is the justification.
  func suppressions(_ finding: Finding, input: ReportInput, files: [String]) -> JSONValue? {
    guard finding.status == .accepted || finding.status == .transferred else { return nil }
    let statement = finding.triage.flatMap { triage in
      input.diagram.triage.firstIndex(of: triage).flatMap { index in
        index < input.sourceMap.triage.count ? input.sourceMap.triage[index] : nil
      }
    }
    var justification = finding.note ?? ""
    if justification.isEmpty { justification = "Status \(finding.status.rawValue) in the model." }
    let location = statement.map { SARIFLocation.physical($0, files: files) }
    return .array([
      .object(dropping: [
        ("kind", .string(statement == nil ? "external" : "inSource")),
        ("status", .string("accepted")),
        ("justification", .string(justification)),
        ("location", location.map { .object([("physicalLocation", $0)]) }),
        (
          "properties",
          .object(dropping: [
            ("triageStatus", .string(finding.status.rawValue)),
            ("by", finding.triage?.by.map(JSONValue.string)),
            ("date", finding.triage?.date.map(JSONValue.string)),
            ("ticket", finding.ticket.map(JSONValue.string)),
          ])
        ),
      ])
    ])
  }
}
