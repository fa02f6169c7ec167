/// Moves boundary titles off the flows once the layout is done.
///
/// Dot keeps a strip along the bottom of each boundary for its title, puts the title at the
/// strip's left end, and routes the flows afterwards, so a flow leaving the boundary often runs
/// through the title (29 flow/title pairs over the six samples and the generated 30- and
/// 100-element models). Sliding the title along its own strip to the nearest stretch no flow,
/// element, flow label or nested boundary touches clears most of them without a second layout.
/// Where the strip has no such stretch (the boundary is no wider than its title), the same is
/// tried along the boundary's top edge; failing both, the title goes where the fewest flows
/// cross it along either edge, if fewer than where dot put it. (`GraphvizRenderer` then lays a
/// small graph out again with dot's strip along the other edge of each boundary left crossed.)
enum TitlePlacement {
  typealias Point = LaidOutGeometry.Point
  typealias Rect = LaidOutGeometry.Rect

  /// The room kept between a title and anything else, in points.
  static let clearance = 3.0

  /// Moves the titles in `geometry` and returns, for each boundary, how many flows still run
  /// through its title or within `clearance` of it (0 where none do or it has no title).
  @discardableResult
  static func place(_ geometry: inout LaidOutGeometry) -> [Int] {
    var crossed = Array(repeating: 0, count: geometry.boundaries.count)
    let shapes = geometry.elements + geometry.flows.compactMap(\.label)
    for index in geometry.boundaries.indices {
      guard let title = geometry.boundaries[index].title else { continue }
      let outline = geometry.boundaries[index].outline
      let obstacles =
        shapes + geometry.boundaries.map(\.outline).filter { outline.strictlyContains($0) }
      // At the top, with the same gap to the outline as at the bottom.
      let up = (outline.maxY - title.maxY) - (title.minY - outline.minY)
      let top = title.offset(by: Point(x: 0, y: up))
      // Each edge's crossings are found once, and the top's only if the bottom has no room.
      let below = crossings(of: title, flows: geometry.flows)
      if let dx = shift(title, in: outline, crossing: below, shapes: obstacles) {
        geometry.boundaries[index].title = title.offset(by: Point(x: dx, y: 0))
        continue
      }
      let above = crossings(of: top, flows: geometry.flows)
      if let dx = shift(top, in: outline, crossing: above, shapes: obstacles) {
        geometry.boundaries[index].title = top.offset(by: Point(x: dx, y: 0))
        continue
      }
      let here = flowCount(below, from: title.minX, to: title.maxX)
      let places = [(title, below), (top, above)].compactMap { edge, crossing in
        leastCrossed(edge, in: outline, crossing: crossing, shapes: obstacles)
      }
      if let best = places.min(by: { $0.flows < $1.flows }), best.flows < here {
        geometry.boundaries[index].title = best.place
        crossed[index] = best.flows
      } else {
        crossed[index] = here
      }
    }
    return crossed
  }

  /// A stretch of x where a flow's piece crosses a title's strip, `clearance` added each side.
  typealias Crossing = (flow: Int, from: Double, to: Double)

  /// Where the flows cross the strip of `title`'s height (with `clearance` above and below).
  static func crossings(of title: Rect, flows: [LaidOutGeometry.Flow]) -> [Crossing] {
    let (low, high) = (title.minY - clearance, title.maxY + clearance)
    var found: [Crossing] = []
    for (index, flow) in flows.enumerated()
    where flow.bounds.maxY >= low && flow.bounds.minY <= high {
      for (start, end) in zip(flow.line, flow.line.dropFirst()) {
        if let span = span(from: start, to: end, between: low, and: high) {
          found.append((index, span.0 - clearance, span.1 + clearance))
        }
      }
    }
    return found
  }

  /// How many flows of `crossings` run through the stretch from `minX` to `maxX`.
  static func flowCount(_ crossings: [Crossing], from minX: Double, to maxX: Double) -> Int {
    Set(crossings.filter { $0.to > minX && $0.from < maxX }.map(\.flow)).count
  }

  /// The place along `title`'s edge of `outline` that the fewest flows cross (of `crossing`, the
  /// flows crossing its strip) and that covers no shape, nearest `title` among equals; nil when
  /// every place covers one.
  ///
  /// Tried: where it is, and just beside each shape and each flow that crosses the edge.
  private static func leastCrossed(
    _ title: Rect, in outline: Rect, crossing: [Crossing], shapes: [Rect]
  ) -> (place: Rect, flows: Int)? {
    let margin = max(0, title.minX - outline.minX)
    let (first, last) = (outline.minX + margin, outline.maxX - margin - title.width)
    guard first <= last else { return nil }
    let (low, high) = (title.minY - clearance, title.maxY + clearance)
    let covered = shapes.filter { $0.maxY >= low && $0.minY <= high }
    let edges =
      covered.flatMap { [$0.minX - clearance - title.width, $0.maxX + clearance] }
      + crossing.flatMap { [$0.from - title.width, $0.to] }
    var best: (place: Rect, flows: Int)?
    for start in [title.minX] + edges.map({ min(max($0, first), last) }) {
      let place = title.offset(by: Point(x: start - title.minX, y: 0))
      let room = place.inset(by: -clearance)
      guard !covered.contains(where: { $0.intersects(room) }) else { continue }
      let count = flowCount(crossing, from: place.minX, to: place.maxX)
      let nearer = best.map { abs(start - title.minX) < abs($0.place.minX - title.minX) } ?? true
      if best.map({ count < $0.flows || (count == $0.flows && nearer) }) ?? true {
        best = (place, count)
      }
    }
    return best
  }

  /// How far `title` moves sideways to the free stretch nearest it (clear of `crossing`, the
  /// flows crossing its strip, and of `shapes`), or nil when there is none.
  private static func shift(
    _ title: Rect, in outline: Rect, crossing: [Crossing], shapes: [Rect]
  ) -> Double? {
    let low = title.minY - clearance
    let high = title.maxY + clearance
    var blocked = crossing.map { ($0.from, $0.to) }
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
