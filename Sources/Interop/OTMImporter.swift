import DFDModel

/// Reads an Open Threat Model (OTM) file into a .dfd model: trust zones (nested through their
/// parents) become boundaries, components elements, data flows flows, assets data assets, and
/// threat and mitigation instances `threat` statements.
public struct OTMImporter {
  let context: ImportContext
  var pool = IdentifierPool()
  var model = ImportedModel(diagram: Diagram())
  /// OTM ids to our ids.
  var ids: [String: String] = [:]
  var threatNumber = 0

  /// Imports the OTM JSON file `bytes`; throws when it is not OTM or is malformed.
  public static func importModel(_ bytes: [UInt8], context: ImportContext) throws(ImportError)
    -> ImportedModel
  {
    let root = JSONNode(value: try JSONTree.parse(bytes), path: "$")
    guard case .object = root.value, let version = root.member("otmVersion") else {
      throw ImportError("not an Open Threat Model file: missing 'otmVersion'", at: "$")
    }
    var importer = OTMImporter(context: context)
    let project = try root.required("project").object()
    var info = Attributes()
    if let owner = project.text("owner") { info["owner"] = .string(owner) }
    if let description = project.text("description") { info["description"] = .string(description) }
    importer.model.diagram.info = ModelInfo(
      title: try project.required("name").string(), attributes: info)
    importer.model.comment("", "Imported from Open Threat Model \(try version.string()).")
    try importer.addAssets(root.member("assets")?.array() ?? [])
    let zones = try importer.addZones(root.member("trustZones")?.array() ?? [])
    try importer.addComponents(root.member("components")?.array() ?? [], zones: zones)
    let catalog = try OTMThreatCatalog(root)
    try importer.addFlows(root.member("dataflows")?.array() ?? [], catalog: catalog)
    try importer.addComponentThreats(root.member("components")?.array() ?? [], catalog: catalog)
    return importer.model
  }

  private mutating func addAssets(_ assets: [JSONNode]) throws(ImportError) {
    for asset in assets {
      let otmID = try asset.required("id").string()
      let name = try asset.required("name").string()
      let id = pool.make(from: name, fallback: "data")
      ids[otmID] = id
      if let description = asset.text("description") { model.comment(id, description) }
      model.diagram.add(
        DataAsset(id: id, label: name, attributes: attributes(asset, scope: .data)))
    }
  }

  /// Adds the trust zones that hold a component, parents first; returns zone ids (nil for
  /// the zone that `export` writes for elements outside every boundary).
  private mutating func addZones(_ zones: [JSONNode]) throws(ImportError) -> [String: String?] {
    var byID: [String: JSONNode] = [:]
    for zone in zones { byID[try zone.required("id").string()] = zone }
    var result: [String: String?] = [:]
    func add(_ otmID: String, _ importer: inout OTMImporter, depth: Int) throws(ImportError) {
      guard result[otmID] == nil, let zone = byID[otmID] else { return }
      if zone.member("attributes")?.text("scp-dfd") == "outside" {
        result[otmID] = .some(nil)
        return
      }
      let parentID = try zone.member("parent")?.member("trustZone")?.string()
      if let parentID, depth < 100 { try add(parentID, &importer, depth: depth + 1) }
      let name = try zone.required("name").string()
      let id = importer.pool.make(from: name, fallback: "zone")
      result[otmID] = id
      var attributes = importer.attributes(zone, scope: .boundary)
      if let type = zone.text("type"), attributes["type"] == nil,
        ["physical", "network", "cloud", "organisation", "internet"].contains(type)
      {
        attributes["type"] = .symbol(type)
      }
      importer.model.diagram.add(
        TrustBoundary(
          id: id, label: name, attributes: attributes,
          parent: parentID.flatMap { result[$0] ?? nil }))
    }
    for zone in zones { try add(zone.required("id").string(), &self, depth: 0) }
    return result
  }

  private mutating func addComponents(_ components: [JSONNode], zones: [String: String?])
    throws(ImportError)
  {
    var parents: [String: String?] = [:]
    for component in components {
      let otmID = try component.required("id").string()
      let name = try component.required("name").string()
      let type = try component.required("type").string()
      let parent = try component.required("parent")
      var boundary: String?
      if let zone = try parent.member("trustZone")?.string() {
        guard let found = zones[zone] else {
          throw ImportError("unknown trust zone '\(zone)'", at: parent.path + ".trustZone")
        }
        boundary = found
      } else if let owner = try parent.member("component")?.string() {
        boundary = parents[owner] ?? nil
      }
      let id = pool.make(from: name, fallback: "component")
      ids[otmID] = id
      parents[otmID] = boundary
      let known = context.vocabulary.kinds[type]
      if known == nil { model.comment(id, "OTM component type \"\(type)\"; no such kind here.") }
      if let description = component.text("description") { model.comment(id, description) }
      model.diagram.add(
        Element(
          id: id, kind: known == nil ? "process" : type, category: known?.category ?? .process,
          label: name, attributes: attributes(component, scope: .element), boundary: boundary))
    }
  }

  /// The `attributes` object's members that the catalogue declares for `scope`, typed as it
  /// declares them; others are left out.
  func attributes(_ node: JSONNode, scope: AttributeScope) -> Attributes {
    guard case .object(let members)? = node.member("attributes")?.value else { return [:] }
    var result = Attributes()
    for name in members.keys.sorted() {
      guard let definition = context.vocabulary.attribute(name, in: scope),
        let value = members[name]
      else { continue }
      switch (definition.type, value) {
      case (.bool, .bool(let flag)): result[name] = .bool(flag)
      case (.number, .number(let number)): result[name] = .number(number)
      case (.string, .string(let text)): result[name] = .string(text)
      case (.symbol, .string(let text)), (.enumeration, .string(let text)):
        if IdentifierPool.isIdentifier(text) { result[name] = .symbol(text) }
      default: continue
      }
    }
    return result
  }
}
