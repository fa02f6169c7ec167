import DFDModel

extension ThreatDragonImporter {
  /// Adds an actor, process or store as an element; returns its id.
  mutating func addElement(_ node: ThreatDragonCell.Node, boundary: String?) -> String {
    let data = node.data
    func flag(_ key: String) -> Bool { (try? data?.flag(key)) == true }
    var kind: String
    var attributes = Attributes()
    var notes: [String] = []
    switch node.kind {
    case .actor:
      kind = "external"
      if flag("providesAuthentication") { notes.append("provides authentication") }
    case .process:
      kind = flag("isWebApplication") ? "web-app" : "process"
      if flag("handlesCardPayment") { attributes["payments"] = .bool(true) }
      if flag("handlesGoodsOrServices") { notes.append("handles goods or services") }
      if let level = data?.text("privilegeLevel"), !level.isEmpty {
        notes.append("privilege level \"\(level)\"")
      }
    case .store:
      kind = flag("isALog") ? "log" : "store"
      if flag("isEncrypted") { attributes["encrypted-at-rest"] = .bool(true) }
      if flag("isSigned") { attributes["integrity-protected"] = .bool(true) }
      if flag("storesCredentials") { notes.append("stores credentials") }
      if flag("storesInventory") { notes.append("stores inventory") }
    }
    if context.vocabulary.kinds[kind] == nil {
      kind = node.kind == .actor ? "external" : node.kind == .store ? "store" : "process"
    }
    let category: ElementCategory =
      node.kind == .actor ? .external : node.kind == .store ? .store : .process
    let id = pool.make(from: node.name, fallback: node.kind.rawValue)
    if node.name == nil {
      model.warnings.append(
        ImportWarning("\(node.kind.rawValue) has no name; called '\(id)'", at: node.path))
    }
    commentScope(data, id: id, notes: notes)
    model.diagram.add(
      Element(
        id: id, kind: kind, category: category, label: node.name, attributes: attributes,
        boundary: boundary))
    return id
  }

  /// Adds a flow (both halves when bidirectional); returns the forward id, or nil when an end
  /// is not an element of this diagram.
  mutating func addFlow(
    _ flow: ThreatDragonCell.Flow, elementIDs: [String: String],
    in diagram: ThreatDragonDocument.Diagram
  ) throws(ImportError) -> String? {
    guard let source = elementIDs[flow.source], let target = elementIDs[flow.target] else {
      model.warnings.append(
        ImportWarning("flow end is not an actor, process or store; left out", at: flow.path))
      return nil
    }
    let data = flow.data
    var attributes = Attributes()
    var notes: [String] = []
    if try data?.flag("isEncrypted") == true { attributes["encrypted"] = .bool(true) }
    if try data?.flag("isPublicNetwork") == true { attributes["medium"] = .symbol("internet") }
    if let name = data?.text("protocol"), !name.isEmpty {
      let symbol = IdentifierPool.slug(name)
      if context.vocabulary.protocols[symbol] != nil {
        attributes["protocol"] = .symbol(symbol)
      } else {
        notes.append("protocol \"\(name)\" (not in the catalogue's protocols)")
      }
    }
    let twoWay = try data?.flag("isBidirectional") == true
    let ids = flowIDs(source, target, label: flow.name, twoWay: twoWay)
    commentScope(data, id: ids.forward, notes: notes)
    model.diagram.add(
      Flow(
        id: ids.forward, source: source, target: target, label: flow.name,
        attributes: attributes, direction: twoWay ? .forward : .oneWay, pair: ids.reverse))
    if let reverse = ids.reverse {
      model.diagram.add(
        Flow(
          id: reverse, source: target, target: source, label: flow.name,
          attributes: attributes, direction: .reverse, pair: ids.forward))
    }
    return ids.forward
  }

  /// The ids the resolver will give a flow: `a->b` when it is the only one between its ends in
  /// that direction, else an explicit name (and `name-reverse` for the other half).
  private mutating func flowIDs(_ source: String, _ target: String, label: String?, twoWay: Bool)
    -> (forward: String, reverse: String?)
  {
    let forward = "\(source)->\(target)"
    let backward = "\(target)->\(source)"
    let taken = model.diagram.flows.contains {
      $0.source == source && $0.target == target
        || twoWay && $0.source == target && $0.target == source
    }
    if !taken && !pool.used.contains(forward) && !(twoWay && pool.used.contains(backward)) {
      pool.take(forward)
      if twoWay { pool.take(backward) }
      return (forward, twoWay ? backward : nil)
    }
    var name = pool.make(from: label, fallback: "flow")
    while twoWay && pool.used.contains(name + "-reverse") {
      name = pool.make(from: label, fallback: "flow")
    }
    if twoWay { pool.take(name + "-reverse") }
    return (name, twoWay ? name + "-reverse" : nil)
  }

  /// Records description, scope and unmapped properties as comments on `id`.
  private mutating func commentScope(_ data: JSONNode?, id: String, notes: [String]) {
    if let description = data?.text("description"), !description.isEmpty {
      model.comment(id, "Description: " + description)
    }
    if (try? data?.flag("outOfScope")) == true {
      let reason = data?.text("reasonOutOfScope").flatMap { $0.isEmpty ? nil : $0 }
      model.comment(id, "Out of scope in Threat Dragon" + (reason.map { ": " + $0 } ?? "."))
    }
    for note in notes { model.comment(id, "Threat Dragon: \(note); no attribute for it here.") }
  }
}
