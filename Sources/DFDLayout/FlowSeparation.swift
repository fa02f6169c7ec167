/// Sets apart flows that dot drew along one line.
///
/// dot routes flows between the same two elements apart, except a pair in opposite directions
/// between neighbours on one rank that sit in different groups: those come out as one straight
/// line (ev-charging's flows 23 and 24), so neither arrowhead nor label can be told apart. After
/// the layout, flows whose lines lie within `tolerance` of each other are moved across their
/// line, `spacing` apart and centred on where they were, labels with them.
enum FlowSeparation {
  typealias Point = LaidOutGeometry.Point

  /// Distance between set-apart lines, and how close two lines must be to count as one, in
  /// points.
  static let spacing = 8.0
  static let tolerance = 1.0

  /// Moves coincident flows in `geometry` apart; returns each moved flow's shift by index.
  static func separate(_ geometry: inout LaidOutGeometry) -> [Int: Point] {
    var shifts: [Int: Point] = [:]
    var grouped = Set<Int>()
    for first in geometry.flows.indices where !grouped.contains(first) {
      let group =
        [first]
        + geometry.flows.indices.dropFirst(first + 1).filter {
          coincide(geometry.flows[first], geometry.flows[$0]) && !grouped.contains($0)
        }
      guard group.count > 1, let across = normal(of: geometry.flows[first].line) else { continue }
      grouped.formUnion(group)
      for (position, flow) in group.enumerated() {
        let offset = (Double(position) - Double(group.count - 1) / 2) * spacing
        let shift = Point(x: across.x * offset, y: across.y * offset)
        let moved = geometry.flows[flow]
        geometry.flows[flow] = .init(
          line: moved.line.map { Point(x: $0.x + shift.x, y: $0.y + shift.y) },
          label: moved.label?.offset(by: shift))
        shifts[flow] = shift
      }
    }
    return shifts
  }

  /// Whether every point of each line lies within `tolerance` of the other line.
  static func coincide(_ a: LaidOutGeometry.Flow, _ b: LaidOutGeometry.Flow) -> Bool {
    let (p, q) = (a.bounds, b.bounds)
    guard
      abs(p.minX - q.minX) <= tolerance, abs(p.maxX - q.maxX) <= tolerance,
      abs(p.minY - q.minY) <= tolerance, abs(p.maxY - q.maxY) <= tolerance
    else { return false }
    return a.line.allSatisfy { distance(from: $0, to: b.line) <= tolerance }
      && b.line.allSatisfy { distance(from: $0, to: a.line) <= tolerance }
  }

  /// The unit vector across the chord of `line` (to its left), or nil for a line that ends
  /// where it starts.
  static func normal(of line: [Point]) -> Point? {
    guard let start = line.first, let end = line.last else { return nil }
    let length = FlowLabelPlacement.distance(start, end)
    guard length > 0 else { return nil }
    return Point(x: -(end.y - start.y) / length, y: (end.x - start.x) / length)
  }

  /// The distance from `point` to the nearest piece of `line`.
  static func distance(from point: Point, to line: [Point]) -> Double {
    guard line.count > 1 else {
      return line.first.map { FlowLabelPlacement.distance(point, $0) } ?? .infinity
    }
    return zip(line, line.dropFirst()).map { start, end in
      let (dx, dy) = (end.x - start.x, end.y - start.y)
      let squared = dx * dx + dy * dy
      let t =
        squared == 0
        ? 0 : max(0, min(1, ((point.x - start.x) * dx + (point.y - start.y) * dy) / squared))
      return FlowLabelPlacement.distance(point, Point(x: start.x + t * dx, y: start.y + t * dy))
    }.min() ?? .infinity
  }
}
