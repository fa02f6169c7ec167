import DFDModel

/// Writes a model as an Open Threat Model (OTM 0.2.0) file: boundaries as trust zones (nested
/// through `parent`), elements as components, flows as data flows, data assets as assets, and
/// findings as threat definitions with instances (state, mitigations) on components and flows.
public struct OTMExporter {
  /// The OTM version written.
  public static let version = "0.2.0"
  /// The zone that holds elements outside every boundary (OTM components need a parent).
  static let outsideZone = "scp-dfd-outside"

  let diagram: Diagram
  var threats: [(String, JSONOutput)] = []
  var threatIDs: Set<String> = []
  var mitigations: [String: String] = [:]
  var mitigationList: [JSONOutput] = []
  var instances: [String: [JSONOutput]] = [:]

  /// Findings the format cannot hold (those on boundaries), for a warning.
  public internal(set) var leftOut: [Finding] = []

  public init(_ diagram: Diagram, findings: [Finding]) {
    self.diagram = diagram
    for finding in findings { add(finding) }
  }

  /// The OTM JSON text.
  public func write() -> String {
    var zones: [JSONOutput] = diagram.boundaries.map { boundary in
      var members: [(String, JSONOutput)] = [
        ("id", .string(boundary.id)), ("name", .string(boundary.displayName)),
        ("type", .string(boundary.type ?? "default")),
        ("risk", .object([("trustRating", .number(50))])),
      ]
      if let parent = boundary.parent {
        members.append(("parent", .object([("trustZone", .string(parent))])))
      }
      members.append(("attributes", Self.attributes(boundary.attributes)))
      return .object(members)
    }
    if diagram.elements.contains(where: { $0.boundary == nil }) {
      zones.append(
        .object([
          ("id", .string(Self.outsideZone)), ("name", .string("Outside every boundary")),
          ("risk", .object([("trustRating", .number(0))])),
          ("attributes", .object([("scp-dfd", .string("outside"))])),
        ]))
    }
    let components: [JSONOutput] = diagram.elements.map { element in
      .object([
        ("id", .string(element.id)), ("name", .string(element.displayName)),
        ("type", .string(element.kind)),
        ("parent", .object([("trustZone", .string(element.boundary ?? Self.outsideZone))])),
        ("threats", .array(instances[element.id] ?? [])),
        ("attributes", Self.attributes(element.attributes)),
      ])
    }
    let flows: [JSONOutput] = diagram.drawnFlows.map { flow in
      var rest = flow.attributes
      rest["data"] = nil
      return .object([
        ("id", .string(flow.id)), ("name", .string(flow.label ?? "")),
        ("bidirectional", .bool(flow.direction == .forward)), ("source", .string(flow.source)),
        ("destination", .string(flow.target)), ("assets", .array(flow.data.map { .string($0) })),
        ("threats", .array(instances[flow.id] ?? [])), ("attributes", Self.attributes(rest)),
      ])
    }
    let assets: [JSONOutput] = diagram.data.map { asset in
      .object([
        ("id", .string(asset.id)), ("name", .string(asset.displayName)),
        (
          "risk",
          .object([
            ("confidentiality", .number(50)), ("integrity", .number(50)),
            ("availability", .number(50)),
          ])
        ),
        ("attributes", Self.attributes(asset.attributes)),
      ])
    }
    var project: [(String, JSONOutput)] = [
      ("name", .string(diagram.info.title ?? "Threat model")),
      (
        "id",
        .string(
          IdentifierPool.slug(diagram.info.title ?? "model").isEmpty
            ? "model" : IdentifierPool.slug(diagram.info.title ?? "model"))
      ),
    ]
    if let description = diagram.info.attributes.text("description") {
      project.append(("description", .string(description)))
    }
    if let owner = diagram.info.owner { project.append(("owner", .string(owner))) }
    let root: JSONOutput = .object([
      ("otmVersion", .string(Self.version)), ("project", .object(project)),
      ("assets", .array(assets)), ("trustZones", .array(zones)),
      ("components", .array(components)), ("dataflows", .array(flows)),
      ("threats", .array(threats.map(\.1))), ("mitigations", .array(mitigationList)),
    ])
    return root.text() + "\n"
  }

  /// Attributes as an OTM `attributes` object; lists (other than data) are left out.
  static func attributes(_ attributes: Attributes) -> JSONOutput {
    .object(
      attributes.items.compactMap { item in
        switch item.value {
        case .bool(let flag): return (item.name, .bool(flag))
        case .number(let number): return (item.name, .number(number))
        case .string(let text), .symbol(let text): return (item.name, .string(text))
        case .list: return nil
        }
      })
  }
}
