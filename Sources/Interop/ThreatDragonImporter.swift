import DFDModel

/// Reads a Threat Dragon v2 model (versions 2.0 to 2.x) into a .dfd model.
public struct ThreatDragonImporter {
  let context: ImportContext
  var pool = IdentifierPool()
  var model = ImportedModel(diagram: Diagram())
  var threatNumber = 0

  public init(context: ImportContext) {
    self.context = context
  }

  /// Imports the JSON file `bytes`; throws when it is not a Threat Dragon v2 model or is
  /// malformed, naming the JSON path of the problem.
  public static func importModel(_ bytes: [UInt8], context: ImportContext) throws(ImportError)
    -> ImportedModel
  {
    let document = try ThreatDragonDocument(JSONNode(value: JSONTree.parse(bytes), path: "$"))
    var importer = ThreatDragonImporter(context: context)
    importer.model.warnings = document.warnings
    importer.header(document)
    for diagram in document.diagrams { try importer.add(diagram) }
    return importer.model
  }

  private mutating func header(_ document: ThreatDragonDocument) {
    var attributes = Attributes()
    if let owner = document.owner, !owner.isEmpty { attributes["owner"] = .string(owner) }
    if let description = document.description, !description.isEmpty {
      attributes["description"] = .string(description)
    }
    model.diagram.info = ModelInfo(title: document.title, attributes: attributes)
    model.comment(
      "", "Imported from Threat Dragon \(document.version ?? "2.x (no version field)").")
    let titles = document.diagrams.map { "\"\($0.title ?? "untitled")\"" }
    if !titles.isEmpty { model.comment("", "Diagrams: " + titles.joined(separator: ", ") + ".") }
  }

  private mutating func add(_ diagram: ThreatDragonDocument.Diagram) throws(ImportError) {
    let centres = Dictionary(
      diagram.nodes.compactMap { node in node.rect.map { (node.id, $0.centre) } },
      uniquingKeysWith: { first, _ in first })
    let paths = diagram.flows.map { flow in
      Polyline(
        points: [centres[flow.source]].compactMap { $0 } + flow.vertices
          + [centres[flow.target]].compactMap { $0 })
    }
    let zoning = Zoning(diagram, flowPaths: paths)
    let zoneIDs = addZones(zoning)
    var elementIDs: [String: String] = [:]
    for (index, node) in diagram.nodes.enumerated() {
      if node.rect == nil {
        model.warnings.append(
          ImportWarning("element without position; placed outside every boundary", at: node.path))
      }
      let id = addElement(node, boundary: zoning.nodeZone[index].flatMap { zoneIDs[$0] })
      elementIDs[node.id] = id
    }
    var flowIDs: [String?] = []
    for flow in diagram.flows {
      flowIDs.append(try addFlow(flow, elementIDs: elementIDs, in: diagram))
    }
    for (index, zone) in zoning.zones.enumerated() where zone.isCurve {
      guard let id = zoneIDs[index] else { continue }
      let crossing = zone.crossing.compactMap { flowIDs[$0] }
      model.comment(
        id, "Threat Dragon boundary curve: this zone is the side it faces with fewer elements.")
      if !crossing.isEmpty {
        model.comment(id, "Flows drawn across the curve: " + crossing.joined(separator: ", ") + ".")
      }
    }
    for curve in zoning.idleCurves {
      model.comment(
        "", "Boundary curve \"\(curve.name ?? curve.id)\" divides no elements; left out.")
      model.warnings.append(
        ImportWarning("boundary curve divides no elements; left out", at: curve.path))
    }
    for node in diagram.nodes {
      if let id = elementIDs[node.id] { addThreats(node.threats, on: id, cell: node.name) }
    }
    for (flow, id) in zip(diagram.flows, flowIDs) {
      if let id { addThreats(flow.threats, on: id, cell: flow.name) }
    }
  }

  /// Adds the occupied zones as boundaries; returns each zone's boundary id (nil when left out).
  private mutating func addZones(_ zoning: Zoning) -> [Int: String] {
    var ids: [Int: String] = [:]
    // A zone's parent may come after it (a box moved into a curve's zone), so add parents first.
    var added = Set<Int>()
    func add(_ index: Int, _ importer: inout ThreatDragonImporter) {
      guard !added.contains(index) else { return }
      added.insert(index)
      let zone = zoning.zones[index]
      if let parent = zone.parent { add(parent, &importer) }
      guard zoning.isOccupied(index) else {
        importer.model.warnings.append(
          ImportWarning("boundary holds no elements; left out", at: zone.source.path))
        return
      }
      let id = importer.pool.make(from: zone.source.name, fallback: "boundary")
      ids[index] = id
      importer.model.diagram.add(
        TrustBoundary(id: id, label: zone.source.name, parent: zone.parent.flatMap { ids[$0] }))
    }
    for index in zoning.zones.indices { add(index, &self) }
    return ids
  }
}
