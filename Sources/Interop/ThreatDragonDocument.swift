/// A Threat Dragon v2 model as read from its JSON: summary, and each diagram's cells.
struct ThreatDragonDocument {
  struct Diagram {
    var title: String?
    var nodes: [ThreatDragonCell.Node] = []
    var flows: [ThreatDragonCell.Flow] = []
    var boundaries: [ThreatDragonCell.Boundary] = []
  }

  var version: String?
  var title: String?
  var owner: String?
  var description: String?
  var diagrams: [Diagram] = []
  var warnings: [ImportWarning] = []

  /// Reads a document, refusing anything that is not a Threat Dragon v2 model.
  init(_ root: JSONNode) throws(ImportError) {
    guard case .object = root.value else {
      throw ImportError(
        "not a Threat Dragon model: expected an object, found \(root.value.typeName)", at: root.path
      )
    }
    let detail = try root.required("detail").object()
    guard let diagrams = detail.member("diagrams") else {
      throw ImportError("not a Threat Dragon model: missing 'diagrams'", at: detail.path)
    }
    version = root.text("version")
    if let version, !version.hasPrefix("2.") {
      throw ImportError(
        "unsupported Threat Dragon version '\(version)' (2.x is read)", at: root.path + ".version")
    }
    let summary = root.member("summary")
    title = summary?.text("title")
    owner = summary?.text("owner")
    description = summary?.text("description")
    for diagram in try diagrams.array() {
      self.diagrams.append(try read(diagram.object()))
    }
  }

  private mutating func read(_ node: JSONNode) throws(ImportError) -> Diagram {
    if node.member("diagramJson") != nil {
      throw ImportError(
        "a Threat Dragon v1 diagram (diagramJson); open and save the model in Threat Dragon 2 first",
        at: node.path)
    }
    var diagram = Diagram(title: node.text("title"))
    for cell in try node.member("cells")?.array() ?? [] {
      try read(cell: cell.object(), into: &diagram)
    }
    return diagram
  }

  private mutating func read(cell: JSONNode, into diagram: inout Diagram) throws(ImportError) {
    let id = try cell.required("id").string()
    let data = try cell.member("data")?.object()
    let shape = cell.text("shape") ?? ""
    let type = data?.text("type") ?? ""
    let threats = try (data?.member("threats")?.array() ?? []).map {
      (threat) throws(ImportError) in try ThreatDragonThreat(threat)
    }
    switch (shape, type) {
    case ("actor", _), (_, "tm.Actor"), ("process", _), (_, "tm.Process"), ("store", _),
      (_, "tm.Store"):
      let kind: ThreatDragonCell.Node.Kind =
        shape == "actor" || type == "tm.Actor"
        ? .actor : shape == "store" || type == "tm.Store" ? .store : .process
      diagram.nodes.append(
        .init(
          id: id, kind: kind, name: cell.cellName, rect: try cell.rect(), data: data,
          threats: threats, path: cell.path))
    case ("flow", _), (_, "tm.Flow"):
      guard let source = cell.member("source")?.text("cell"),
        let target = cell.member("target")?.text("cell")
      else {
        warnings.append(ImportWarning("flow not connected at both ends; left out", at: cell.path))
        return
      }
      let vertices = try (cell.member("vertices")?.array() ?? []).map {
        (vertex) throws(ImportError) in try vertex.point()
      }
      diagram.flows.append(
        .init(
          id: id, source: source, target: target, name: cell.cellName, vertices: vertices,
          data: data, threats: threats, path: cell.path))
    case ("trust-boundary-box", _), (_, "tm.BoundaryBox"):
      diagram.boundaries.append(
        .init(id: id, name: cell.cellName, rect: try cell.rect(), path: cell.path))
    // Threat Dragon 2.0 spelt the curve's shape `trust-broundary-curve`.
    case ("trust-boundary-curve", _), ("trust-broundary-curve", _), (_, "tm.Boundary"):
      try readCurve(cell, id: id, into: &diagram)
    case ("td-text-block", _), (_, "tm.Text"):
      warnings.append(ImportWarning("text block left out (no meaning in a model)", at: cell.path))
    default:
      let what = shape.isEmpty ? type : shape
      warnings.append(ImportWarning("unknown cell shape '\(what)'; left out", at: cell.path))
    }
    if !threats.isEmpty && !["actor", "process", "store", "flow"].contains(shape)
      && !["tm.Actor", "tm.Process", "tm.Store", "tm.Flow"].contains(type)
    {
      warnings.append(ImportWarning("threats on a boundary are left out", at: cell.path))
    }
  }

  private mutating func readCurve(_ cell: JSONNode, id: String, into diagram: inout Diagram)
    throws(ImportError)
  {
    guard let source = cell.member("source"), source.member("x") != nil,
      let target = cell.member("target"), target.member("x") != nil
    else {
      warnings.append(ImportWarning("boundary curve without end points; left out", at: cell.path))
      return
    }
    var points = [try source.point()]
    for vertex in try cell.member("vertices")?.array() ?? [] { points.append(try vertex.point()) }
    points.append(try target.point())
    diagram.boundaries.append(
      .init(id: id, name: cell.cellName, curve: Polyline(points: points), path: cell.path))
  }
}
