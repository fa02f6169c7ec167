import DFDModel

/// Writes a model as a Threat Dragon v2 model: one diagram laid out by our own Graphviz layout,
/// boundaries as boxes, and the findings as threats on the cells they are about.
public struct ThreatDragonExporter {
  /// The Threat Dragon version the file claims.
  public static let version = "2.3.0"

  let diagram: Diagram
  let placement: DiagramPlacement
  var cellIDs: [String: String] = [:]
  var threatsByCell: [String: [Finding]] = [:]
  var number = 0

  /// Findings the format cannot hold (those on boundaries), for a warning.
  public private(set) var leftOut: [Finding] = []

  /// Prepares an export of `diagram` with `findings` (an analysis of it, triage applied).
  public init(_ diagram: Diagram, findings: [Finding]) throws {
    self.diagram = diagram
    placement = try DiagramPlacement(diagram)
    for (index, id)
      in (diagram.boundaries.map(\.id) + diagram.elements.map(\.id)
      + diagram.drawnFlows.map(\.id)).enumerated()
    {
      cellIDs[id] = Self.uuid(index + 1)
    }
    for finding in findings {
      var target = finding.target
      if finding.targetKind == .flow, let flow = diagram.flow(target), flow.direction == .reverse {
        target = flow.pair ?? target
      }
      if finding.targetKind == .boundary || cellIDs[target] == nil {
        leftOut.append(finding)
      } else {
        threatsByCell[target, default: []].append(finding)
      }
    }
  }

  /// The Threat Dragon JSON text.
  public mutating func write() -> String {
    var cells: [JSONOutput] = []
    for boundary in diagram.boundaries { cells.append(boundaryCell(boundary)) }
    for element in diagram.elements { cells.append(elementCell(element)) }
    for flow in diagram.drawnFlows { cells.append(flowCell(flow)) }
    let title = diagram.info.title ?? "Threat model"
    let summary: JSONOutput = .object([
      ("title", .string(title)), ("owner", .string(diagram.info.owner ?? "")),
      ("description", .string(diagram.info.attributes.text("description") ?? "")),
      ("id", .number(0)),
    ])
    let diagramObject: JSONOutput = .object([
      ("id", .number(0)), ("title", .string(title)), ("diagramType", .string("STRIDE")),
      ("placeholder", .string("")),
      ("thumbnail", .string("./public/content/images/thumbnail.stride.jpg")),
      ("version", .string(Self.version)), ("cells", .array(cells)),
    ])
    let detail: JSONOutput = .object([
      ("contributors", .array([])), ("diagrams", .array([diagramObject])),
      ("diagramTop", .number(1)), ("reviewer", .string("")), ("threatTop", .number(Double(number))),
    ])
    let root: JSONOutput = .object([
      ("version", .string(Self.version)), ("summary", summary), ("detail", detail),
    ])
    return root.text() + "\n"
  }

  /// A deterministic id in UUID form (Threat Dragon gives cells UUIDs).
  static func uuid(_ index: Int) -> String {
    let digits = String(index, radix: 16)
    return "00000000-0000-4000-8000-" + String(repeating: "0", count: max(0, 12 - digits.count))
      + digits
  }

  static func position(_ rect: Rect?) -> [(String, JSONOutput)] {
    let rect = rect ?? Rect(x: 0, y: 0, width: 160, height: 80)
    return [
      ("position", .object([("x", .number(rect.x)), ("y", .number(rect.y))])),
      (
        "size",
        .object([
          ("width", .number(max(rect.width, 10))), ("height", .number(max(rect.height, 10))),
        ])
      ),
    ]
  }
}
