import DFDModel

/// The threat and mitigation definitions of an OTM file, by id.
struct OTMThreatCatalog {
  var threats: [String: JSONNode] = [:]
  var mitigations: [String: String] = [:]

  init(_ root: JSONNode) throws(ImportError) {
    for threat in try root.member("threats")?.array() ?? [] {
      threats[try threat.required("id").string()] = threat
    }
    for mitigation in try root.member("mitigations")?.array() ?? [] {
      mitigations[try mitigation.required("id").string()] = try mitigation.required("name").string()
    }
  }
}

extension OTMImporter {
  mutating func addFlows(_ flows: [JSONNode], catalog: OTMThreatCatalog) throws(ImportError) {
    for flow in flows {
      let source = try flow.required("source")
      let destination = try flow.required("destination")
      guard let from = ids[try source.string()] else {
        throw ImportError("unknown component '\(try source.string())'", at: source.path)
      }
      guard let to = ids[try destination.string()] else {
        throw ImportError("unknown component '\(try destination.string())'", at: destination.path)
      }
      let name = flow.text("name").flatMap { $0.isEmpty ? nil : $0 }
      var attributes = attributes(flow, scope: .flow)
      var data: [String] = []
      for asset in try flow.member("assets")?.array() ?? [] {
        if let id = ids[try asset.string()] { data.append(id) }
      }
      if !data.isEmpty { attributes["data"] = .list(data.map { .symbol($0) }) }
      let twoWay = try flow.member("bidirectional")?.bool() ?? false
      let id = flowID(from, to, label: name, twoWay: twoWay)
      ids[try flow.required("id").string()] = id
      model.diagram.add(
        Flow(
          id: id, source: from, target: to, label: name, attributes: attributes,
          direction: twoWay ? .forward : .oneWay, pair: twoWay ? reverseID(id, from, to) : nil))
      if twoWay {
        model.diagram.add(
          Flow(
            id: reverseID(id, from, to), source: to, target: from, label: name,
            attributes: attributes, direction: .reverse, pair: id))
      }
      try addThreats(flow, on: id, catalog: catalog)
    }
  }

  mutating func addComponentThreats(_ components: [JSONNode], catalog: OTMThreatCatalog)
    throws(ImportError)
  {
    for component in components {
      guard let id = ids[try component.required("id").string()] else { continue }
      try addThreats(component, on: id, catalog: catalog)
    }
  }

  private func reverseID(_ id: String, _ from: String, _ to: String) -> String {
    id == "\(from)->\(to)" ? "\(to)->\(from)" : id + "-reverse"
  }

  private mutating func flowID(_ from: String, _ to: String, label: String?, twoWay: Bool) -> String
  {
    let taken = model.diagram.flows.contains {
      $0.source == from && $0.target == to || twoWay && $0.source == to && $0.target == from
    }
    if !taken { return "\(from)->\(to)" }
    var name = pool.make(from: label, fallback: "flow")
    while twoWay && pool.used.contains(name + "-reverse") {
      name = pool.make(from: label, fallback: "flow")
    }
    if twoWay { pool.take(name + "-reverse") }
    return name
  }

  private mutating func addThreats(_ owner: JSONNode, on target: String, catalog: OTMThreatCatalog)
    throws(ImportError)
  {
    for instance in try owner.member("threats")?.array() ?? [] {
      let reference = try instance.required("threat")
      guard let threat = catalog.threats[try reference.string()] else {
        throw ImportError("unknown threat '\(try reference.string())'", at: reference.path)
      }
      let status = Self.status(try instance.required("state").string())
      var mitigations: [String] = []
      for item in try instance.member("mitigations")?.array() ?? [] {
        if let id = try item.member("mitigation")?.string(), let name = catalog.mitigations[id] {
          mitigations.append(name)
        }
      }
      let otmID = try threat.required("id").string()
      if context.rules.contains(otmID) {
        guard status != .open else { continue }
        var attributes: Attributes = ["status": .symbol(status.rawValue)]
        if !mitigations.isEmpty {
          attributes["note"] = .string(mitigations.joined(separator: "\n"))
        }
        model.diagram.triage.append(
          Triage(rule: otmID, target: target, status: status, attributes: attributes))
        continue
      }
      let rule =
        IdentifierPool.isIdentifier(otmID) && !IdentifierPool.reserved.contains(otmID)
        ? otmID : nextID()
      var attributes = Attributes()
      attributes["title"] = .string(try threat.required("name").string())
      var categories: [StrideCategory] = []
      for item in try threat.member("categories")?.array() ?? [] {
        let name = try item.string().lowercased().split(separator: " ").joined(separator: "-")
        if let category = StrideCategory(rawValue: name) { categories.append(category) }
      }
      if categories.isEmpty {
        model.warnings.append(
          ImportWarning(
            "threat has no STRIDE category; read as information disclosure", at: threat.path))
      }
      attributes["stride"] = .list(
        (categories.isEmpty ? [.informationDisclosure] : categories).map { .symbol($0.rawValue) })
      let impact = try threat.member("risk")?.member("impact")?.number() ?? 50
      attributes["severity"] = .symbol(Self.severity(impact: impact).rawValue)
      if let description = threat.text("description"), !description.isEmpty {
        attributes["description"] = .string(description)
      }
      if !mitigations.isEmpty { attributes["mitigations"] = .list(mitigations.map { .string($0) }) }
      if status != .open { attributes["status"] = .symbol(status.rawValue) }
      model.diagram.triage.append(
        Triage(rule: rule, target: target, status: status, attributes: attributes))
    }
  }

  private mutating func nextID() -> String {
    repeat { threatNumber += 1 } while pool.used.contains("OTM-\(threatNumber)")
    pool.take("OTM-\(threatNumber)")
    return "OTM-\(threatNumber)"
  }

  /// An OTM state (free text, such as `EXPOSED` or `MITIGATED`) as a triage status.
  static func status(_ state: String) -> TriageStatus {
    switch state.lowercased().filter(\.isLetter) {
    case "mitigated", "implemented": return .mitigated
    case "notapplicable", "na": return .notApplicable
    case "accepted": return .accepted
    case "transferred": return .transferred
    default: return .open
    }
  }

  /// OTM's impact (0-100) as a severity: the export writes 25, 50, 75 and 100.
  static func severity(impact: Double) -> Severity {
    impact < 37.5 ? .low : impact < 62.5 ? .medium : impact < 87.5 ? .high : .critical
  }
}
