/// Moves boundary titles off the flows once the layout is done.
///
/// Dot keeps a strip along the bottom of each boundary for its title, puts the title at the
/// strip's left end, and routes the flows afterwards, so a flow leaving the boundary often runs
/// through the title (29 flow/title pairs over the six samples and the generated 30- and
/// 100-element models). Sliding the title along its own strip to the nearest stretch no flow,
/// element, flow label or nested boundary touches clears most of them without a second layout.
/// Where the strip has no such stretch (the boundary is no wider than its title), the same is
/// tried along the boundary's top edge; failing both, the title stays where dot put it.
enum TitlePlacement {
  typealias Point = LaidOutGeometry.Point
  typealias Rect = LaidOutGeometry.Rect

  /// The room kept between a title and anything else, in points.
  static let clearance = 3.0

  /// Moves the titles in `geometry`.
  static func place(_ geometry: inout LaidOutGeometry) {
    let shapes = geometry.elements + geometry.flows.compactMap(\.label)
    for index in geometry.boundaries.indices {
      guard let title = geometry.boundaries[index].title else { continue }
      let outline = geometry.boundaries[index].outline
      let nested = geometry.boundaries.map(\.outline).filter { outline.strictlyContains($0) }
      func free(_ title: Rect) -> Double? {
        shift(title, in: outline, flows: geometry.flows, shapes: shapes + nested)
      }
      // At the top, with the same gap to the outline as at the bottom.
      let up = (outline.maxY - title.maxY) - (title.minY - outline.minY)
      let top = title.offset(by: Point(x: 0, y: up))
      if let dx = free(title) {
        geometry.boundaries[index].title = title.offset(by: Point(x: dx, y: 0))
      } else if let dx = free(top) {
        geometry.boundaries[index].title = top.offset(by: Point(x: dx, y: 0))
      }
    }
  }

  /// How far `title` moves sideways to the free stretch nearest it, or nil when there is none.
  private static func shift(
    _ title: Rect, in outline: Rect, flows: [LaidOutGeometry.Flow], shapes: [Rect]
  ) -> Double? {
    let low = title.minY - clearance
    let high = title.maxY + clearance
    var blocked: [(Double, Double)] = []
    for flow in flows where flow.bounds.maxY >= low && flow.bounds.minY <= high {
      for (start, end) in zip(flow.line, flow.line.dropFirst()) {
        if let span = span(from: start, to: end, between: low, and: high) {
          blocked.append((span.0 - clearance, span.1 + clearance))
        }
      }
    }
    for shape in shapes where shape.maxY >= low && shape.minY <= high {
      blocked.append((shape.minX - clearance, shape.maxX + clearance))
    }
    let margin = max(0, title.minX - outline.minX)
    let start = nearestFreeStart(
      to: title.minX, width: title.width, blocked: blocked,
      within: (outline.minX + margin, outline.maxX - margin))
    return start.map { $0 - title.minX }
  }

  /// The left edge nearest `preferred` where `width` fits between `within`'s ends without
  /// overlapping a blocked stretch, or nil when there is none.
  static func nearestFreeStart(
    to preferred: Double, width: Double, blocked: [(Double, Double)],
    within range: (Double, Double)
  ) -> Double? {
    var best: Double?
    var cursor = range.0
    for (start, end) in blocked.sorted(by: { $0.0 < $1.0 }) + [(range.1, range.1)] {
      let gapEnd = min(start, range.1)
      if gapEnd - cursor >= width {
        let candidate = min(max(preferred, cursor), gapEnd - width)
        if best.map({ abs(candidate - preferred) < abs($0 - preferred) }) ?? true {
          best = candidate
        }
      }
      cursor = max(cursor, end)
      if cursor >= range.1 { break }
    }
    return best
  }

  /// The stretch of x that the piece from `start` to `end` covers between heights `low` and
  /// `high`, or nil when it stays above or below them.
  static func span(from start: Point, to end: Point, between low: Double, and high: Double)
    -> (Double, Double)?
  {
    guard max(start.y, end.y) >= low, min(start.y, end.y) <= high else { return nil }
    guard start.y != end.y else { return (min(start.x, end.x), max(start.x, end.x)) }
    let xs = [start.y, end.y].map { y in
      start.x + (end.x - start.x) * (min(max(y, low), high) - start.y) / (end.y - start.y)
    }
    return (min(xs[0], xs[1]), max(xs[0], xs[1]))
  }
}
