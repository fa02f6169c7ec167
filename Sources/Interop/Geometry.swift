/// A point on a diagram's canvas (x to the right, y downwards, as Threat Dragon and SVG have it).
struct Point: Hashable, Sendable {
  var x: Double
  var y: Double
}

/// An axis-aligned box on the canvas.
struct Rect: Hashable, Sendable {
  var x: Double
  var y: Double
  var width: Double
  var height: Double

  var centre: Point { Point(x: x + width / 2, y: y + height / 2) }
  var area: Double { width * height }

  func contains(_ point: Point) -> Bool {
    point.x >= x && point.x <= x + width && point.y >= y && point.y <= y + height
  }

  func contains(_ other: Rect) -> Bool {
    other.x >= x && other.y >= y && other.x + other.width <= x + width
      && other.y + other.height <= y + height
  }
}

/// A polyline: a boundary curve or the path of a flow.
struct Polyline: Hashable, Sendable {
  var points: [Point]

  /// Whether any segment of `self` intersects any segment of `other`.
  func crosses(_ other: Polyline) -> Bool {
    for (a, b) in segments {
      for (c, d) in other.segments where Self.intersect(a, b, c, d) { return true }
    }
    return false
  }

  /// Which side of the curve `point` lies on: the sign of the cross product with the nearest
  /// segment, extended at both ends (true for the left side, as seen walking from the first
  /// point to the last on screen coordinates).
  func isLeft(_ point: Point) -> Bool {
    var best: (distance: Double, cross: Double)?
    for (a, b) in segments {
      let dx = b.x - a.x
      let dy = b.y - a.y
      let length = dx * dx + dy * dy
      let t =
        length == 0 ? 0 : max(0, min(1, ((point.x - a.x) * dx + (point.y - a.y) * dy) / length))
      let nearest = Point(x: a.x + t * dx, y: a.y + t * dy)
      let distance =
        (point.x - nearest.x) * (point.x - nearest.x)
        + (point.y - nearest.y) * (point.y - nearest.y)
      let cross = dx * (point.y - a.y) - dy * (point.x - a.x)
      if best == nil || distance < best?.distance ?? 0 { best = (distance, cross) }
    }
    return (best?.cross ?? 0) < 0
  }

  private var segments: [(Point, Point)] {
    points.count < 2 ? [] : (1..<points.count).map { (points[$0 - 1], points[$0]) }
  }

  private static func intersect(_ a: Point, _ b: Point, _ c: Point, _ d: Point) -> Bool {
    func orientation(_ p: Point, _ q: Point, _ r: Point) -> Double {
      (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
    }
    let d1 = orientation(c, d, a)
    let d2 = orientation(c, d, b)
    let d3 = orientation(a, b, c)
    let d4 = orientation(a, b, d)
    return ((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))
  }
}
