/// Where dot put things, in points with y up, read from a laid-out graph before it is drawn so
/// that titles and flow labels can be moved off the flows (`TitlePlacement`,
/// `FlowLabelPlacement`).
struct LaidOutGeometry: Equatable {
  struct Point: Equatable {
    var x, y: Double
  }

  struct Rect: Equatable {
    var minX, minY, maxX, maxY: Double

    init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
      (self.minX, self.minY, self.maxX, self.maxY) = (minX, minY, maxX, maxY)
    }

    /// The rectangle of `width` × `height` centred on `centre`.
    init(centre: Point, width: Double, height: Double) {
      self.init(
        minX: centre.x - width / 2, minY: centre.y - height / 2, maxX: centre.x + width / 2,
        maxY: centre.y + height / 2)
    }

    var centre: Point { Point(x: (minX + maxX) / 2, y: (minY + maxY) / 2) }
    var width: Double { maxX - minX }
    var height: Double { maxY - minY }

    func offset(by shift: Point) -> Rect {
      Rect(minX: minX + shift.x, minY: minY + shift.y, maxX: maxX + shift.x, maxY: maxY + shift.y)
    }

    func inset(by amount: Double) -> Rect {
      Rect(minX: minX + amount, minY: minY + amount, maxX: maxX - amount, maxY: maxY - amount)
    }

    /// Whether `other` lies inside this rectangle (or on its edge).
    func contains(_ other: Rect) -> Bool {
      minX <= other.minX && minY <= other.minY && maxX >= other.maxX && maxY >= other.maxY
    }

    func intersects(_ other: Rect) -> Bool {
      minX < other.maxX && other.minX < maxX && minY < other.maxY && other.minY < maxY
    }

    /// Whether `other` lies inside this rectangle and is not the same one.
    func strictlyContains(_ other: Rect) -> Bool {
      self != other && minX <= other.minX && minY <= other.minY && maxX >= other.maxX
        && maxY >= other.maxY
    }

    /// Whether the straight piece from `start` to `end` passes through the rectangle.
    func isCrossed(from start: Point, to end: Point) -> Bool {
      if max(start.x, end.x) <= minX || min(start.x, end.x) >= maxX || max(start.y, end.y) <= minY
        || min(start.y, end.y) >= maxY
      {
        return false
      }
      // Clip the piece's parameter range to the slab of each axis in turn (Liang-Barsky).
      var range = (low: 0.0, high: 1.0)
      func clip(_ origin: Double, _ delta: Double, _ lower: Double, _ upper: Double) -> Bool {
        if delta == 0 { return origin > lower && origin < upper }
        let (a, b) = ((lower - origin) / delta, (upper - origin) / delta)
        range = (max(range.low, min(a, b)), min(range.high, max(a, b)))
        return range.low < range.high
      }
      return clip(start.x, end.x - start.x, minX, maxX)
        && clip(start.y, end.y - start.y, minY, maxY)
    }

    static func around(_ points: [Point]) -> Rect {
      Rect(
        minX: points.map(\.x).min() ?? 0, minY: points.map(\.y).min() ?? 0,
        maxX: points.map(\.x).max() ?? 0, maxY: points.map(\.y).max() ?? 0)
    }

    static func around(_ rects: [Rect]) -> Rect {
      Rect(
        minX: rects.map(\.minX).min() ?? 0, minY: rects.map(\.minY).min() ?? 0,
        maxX: rects.map(\.maxX).max() ?? 0, maxY: rects.map(\.maxY).max() ?? 0)
    }
  }

  /// A boundary's outline and its title's box.
  struct Boundary: Equatable {
    var outline: Rect
    var title: Rect?
  }

  /// A flow's line (its curves sampled into straight pieces), the box around it, and its
  /// label's box.
  struct Flow: Equatable {
    let line: [Point]
    let bounds: Rect
    var label: Rect?

    init(line: [Point], label: Rect?) {
      self.line = line
      bounds = Rect.around(line)
      self.label = label
    }
  }

  var boundaries: [Boundary] = []
  var flows: [Flow] = []
  var elements: [Rect] = []
  /// The whole drawing, which nothing moved may leave (it would be cut off); nil for no limit.
  var frame: Rect?
  /// The model's title under the drawing.
  var heading: Rect?
}
