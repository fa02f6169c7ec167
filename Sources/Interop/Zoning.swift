/// Works out, from geometry alone, which trust boundary holds each element of one diagram.
///
/// A box holds every element whose centre lies inside it, and sits in the smallest box that
/// contains it whole. A curve encloses nothing, so it is read as dividing the zone it is drawn
/// in (the smallest box around all its points, or the whole diagram) in two: the elements and
/// boxes on its smaller side (by their centres, against the nearest segment extended at the
/// ends) become a zone of their own inside that zone. Flows between the two sides then cross a
/// boundary, which over-approximates the flows drawn across the curve (recorded in `crossing`).
struct Zoning {
  struct Zone {
    var source: ThreatDragonCell.Boundary
    var parent: Int?
    var centre: Point
    var isCurve: Bool
    /// For a curve: the flows (indexes) whose drawn path crosses it.
    var crossing: [Int] = []
  }

  private(set) var zones: [Zone] = []
  /// The innermost zone of each node, by index.
  private(set) var nodeZone: [Int?]
  /// Curves that divide nothing (all candidates on one side), for a comment.
  private(set) var idleCurves: [ThreatDragonCell.Boundary] = []

  init(_ diagram: ThreatDragonDocument.Diagram, flowPaths: [Polyline]) {
    let boxes = diagram.boundaries.filter { $0.rect != nil }
    // Larger boxes first, so a parent always comes before its children.
    let ordered = boxes.enumerated().sorted {
      ($0.element.rect?.area ?? 0, -$0.offset) > ($1.element.rect?.area ?? 0, -$1.offset)
    }.map(\.element)
    for (index, box) in ordered.enumerated() {
      guard let rect = box.rect else { continue }
      let parent = (0..<index).last { ordered[$0].rect?.contains(rect) == true }
      zones.append(Zone(source: box, parent: parent, centre: rect.centre, isCurve: false))
    }
    nodeZone = diagram.nodes.map { node in
      guard let centre = node.rect?.centre else { return nil }
      return ordered.indices.last { ordered[$0].rect?.contains(centre) == true }
    }
    let centres = diagram.nodes.map { $0.rect?.centre }
    for curve in diagram.boundaries {
      if let line = curve.curve { divide(by: line, curve, centres, flowPaths) }
    }
  }

  private mutating func divide(
    by line: Polyline, _ curve: ThreatDragonCell.Boundary, _ centres: [Point?],
    _ flowPaths: [Polyline]
  ) {
    let parent = zones.indices.last { index in
      guard let rect = zones[index].source.rect, !zones[index].isCurve else { return false }
      return line.points.allSatisfy(rect.contains)
    }
    let nodes = nodeZone.indices.filter { nodeZone[$0] == parent && centres[$0] != nil }
    let children = zones.indices.filter { zones[$0].parent == parent }
    let leftNodes = nodes.filter { centres[$0].map(line.isLeft) == true }
    let leftZones = children.filter { line.isLeft(zones[$0].centre) }
    let leftCount = leftNodes.count + leftZones.count
    let rightCount = nodes.count + children.count - leftCount
    guard leftCount > 0 && rightCount > 0 else {
      idleCurves.append(curve)
      return
    }
    let useLeft = leftCount <= rightCount
    let movedNodes = nodes.filter { (centres[$0].map(line.isLeft) == true) == useLeft }
    let movedZones = children.filter { line.isLeft(zones[$0].centre) == useLeft }
    let points = movedNodes.compactMap { centres[$0] } + movedZones.map { zones[$0].centre }
    let centre = Point(
      x: points.map(\.x).reduce(0, +) / Double(points.count),
      y: points.map(\.y).reduce(0, +) / Double(points.count))
    let crossing = flowPaths.indices.filter { flowPaths[$0].crosses(line) }
    zones.append(
      Zone(source: curve, parent: parent, centre: centre, isCurve: true, crossing: crossing))
    let zone = zones.count - 1
    for node in movedNodes { nodeZone[node] = zone }
    for child in movedZones { zones[child].parent = zone }
  }

  /// Whether a zone holds an element, directly or through nested zones.
  func isOccupied(_ zone: Int) -> Bool {
    var occupied = Set<Int>()
    for case let index? in nodeZone {
      var next: Int? = index
      while let current = next, occupied.insert(current).inserted { next = zones[current].parent }
    }
    return occupied.contains(zone)
  }
}
