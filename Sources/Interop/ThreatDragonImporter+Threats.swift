import DFDModel

extension ThreatDragonImporter {
  /// Adds each threat on a cell as a `threat` statement on `target`: triage of a catalogue
  /// finding when its id names a catalogue rule (`SCP-T-003@...`, as `export` writes), else a
  /// model-specific threat with its title, STRIDE category, severity, status and mitigation.
  mutating func addThreats(_ threats: [ThreatDragonThreat], on target: String, cell: String?) {
    let where_ = "'\(cell ?? target)'"
    for threat in threats {
      let named = threat.id.flatMap(Self.ruleName)
      let status = mapStatus(threat, cell: where_)
      if let rule = named, context.rules.contains(rule) {
        // An open finding comes back by itself when the model is analysed.
        guard status != .open else { continue }
        var attributes: Attributes = ["status": .symbol(status.rawValue)]
        if let note = threat.mitigation, !note.isEmpty { attributes["note"] = .string(note) }
        model.diagram.triage.append(
          Triage(rule: rule, target: target, status: status, attributes: attributes))
        continue
      }
      let rule = named.flatMap { pool.used.contains($0) ? nil : $0 } ?? nextThreatID()
      pool.take(rule)
      var attributes = Attributes()
      if threat.title?.isEmpty ?? true {
        model.warnings.append(ImportWarning("threat without a title on \(where_)", at: threat.path))
      }
      attributes["title"] = .string(
        threat.title.flatMap { $0.isEmpty ? nil : $0 } ?? "Untitled threat")
      let (stride, kept) = mapType(threat, cell: where_)
      attributes["stride"] = .list([.symbol(stride.rawValue)])
      attributes["severity"] = .symbol(mapSeverity(threat, cell: where_).rawValue)
      var description = threat.description ?? ""
      if let kept { description += (description.isEmpty ? "" : "\n\n") + kept }
      if !description.isEmpty { attributes["description"] = .string(description) }
      if let mitigation = threat.mitigation, !mitigation.isEmpty {
        attributes["mitigations"] = .list([.string(mitigation)])
      }
      if status != .open { attributes["status"] = .symbol(status.rawValue) }
      model.diagram.triage.append(
        Triage(rule: rule, target: target, status: status, attributes: attributes))
    }
  }

  /// `RULE` from an id `RULE@TARGET` when RULE is an identifier.
  private static func ruleName(_ id: String) -> String? {
    guard let at = id.firstIndex(of: "@") else { return nil }
    let rule = String(id[..<at])
    return IdentifierPool.isIdentifier(rule) ? rule : nil
  }

  private mutating func nextThreatID() -> String {
    repeat { threatNumber += 1 } while pool.used.contains("TD-\(threatNumber)")
    return "TD-\(threatNumber)"
  }

  private mutating func mapStatus(_ threat: ThreatDragonThreat, cell: String) -> TriageStatus {
    let text = (threat.status ?? "open").lowercased().filter { $0.isLetter }
    switch text {
    case "open", "": return .open
    case "mitigated": return .mitigated
    case "notapplicable", "na": return .notApplicable
    case "accepted": return .accepted
    case "transferred": return .transferred
    default:
      model.warnings.append(
        ImportWarning(
          "unknown threat status '\(threat.status ?? "")' on \(cell); read as open", at: threat.path
        ))
      return .open
    }
  }

  private mutating func mapSeverity(_ threat: ThreatDragonThreat, cell: String) -> Severity {
    if let severity = Severity(rawValue: (threat.severity ?? "").lowercased()) { return severity }
    model.warnings.append(
      ImportWarning(
        "unknown severity '\(threat.severity ?? "")' on \(cell); read as medium", at: threat.path))
    return .medium
  }

  /// The STRIDE category of a threat, and a line keeping the original type when it was not
  /// STRIDE (CIA types map one to one; LINDDUN and other types are read as information
  /// disclosure, with a warning).
  private mutating func mapType(_ threat: ThreatDragonThreat, cell: String)
    -> (StrideCategory, String?)
  {
    let type = threat.type ?? ""
    let key = type.lowercased().filter { $0.isLetter }
    let stride: [String: StrideCategory] = [
      "spoofing": .spoofing, "tampering": .tampering, "repudiation": .repudiation,
      "informationdisclosure": .informationDisclosure, "denialofservice": .denialOfService,
      "elevationofprivilege": .elevationOfPrivilege,
    ]
    if let category = stride[key] { return (category, nil) }
    let kept = "Threat Dragon type: \(type)" + (threat.modelType.map { " (\($0))" } ?? "") + "."
    let cia: [String: StrideCategory] = [
      "confidentiality": .informationDisclosure, "integrity": .tampering,
      "availability": .denialOfService,
    ]
    if let category = cia[key] { return (category, kept) }
    model.warnings.append(
      ImportWarning(
        "threat type '\(type)' on \(cell) is not STRIDE; read as information disclosure",
        at: threat.path))
    return (.informationDisclosure, kept)
  }
}
