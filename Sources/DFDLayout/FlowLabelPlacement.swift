/// Moves flow labels that another flow runs through, that cover an element, a boundary title
/// or another label, or that straddle a boundary's outline, to the nearest free place beside
/// their own line.
///
/// Flow text is an `xlabel`, which dot places after routing the flows, in whatever space is left
/// (`FlowLabelExtent`), so on a busy drawing a label often sits where another flow runs through
/// it and reads as that flow's. After the layout each such label is tried at places along its own
/// line, touching it on one of eight sides, nearest to where dot put it first; the first place
/// that nothing crosses or covers, that straddles no boundary outline and that stays inside the
/// drawing, wins. A label with no such place stays where dot put it.
enum FlowLabelPlacement {
  typealias Point = LaidOutGeometry.Point
  typealias Rect = LaidOutGeometry.Rect

  /// Gap between a label and its line, and the distance between tried places, in points.
  static let gap = 2.0
  static let step = 10.0
  /// How close to either end of its line a label may sit, in points (ends meet elements and
  /// arrowheads).
  static let endClearance = 24.0

  /// Moves the labels in `geometry`.
  static func place(_ geometry: inout LaidOutGeometry) {
    var index = Index(geometry)
    let outlines = geometry.boundaries.map(\.outline)
    func straddles(_ box: Rect) -> Bool {
      outlines.contains { $0.intersects(box) && !$0.strictlyContains(box) }
    }
    for flow in geometry.flows.indices {
      guard let label = geometry.flows[flow].label,
        straddles(label) || index.isCovered(label, of: flow)
      else { continue }
      let places = candidates(
        for: label, around: outward(from: label.centre, along: resampled(geometry.flows[flow].line))
      )
      guard
        let place = places.first(where: { place in
          (geometry.frame.map { $0.contains(place) } ?? true) && !straddles(place)
            && !index.isCovered(place, of: flow, ownLine: true)
        })
      else { continue }
      geometry.flows[flow].label = place
      index.moveLabel(of: flow, to: place)
    }
  }

  /// The points of `line`, nearest `centre` first along the line: the
  /// closest, then its neighbours on both sides, one step further each time.
  static func outward(from centre: Point, along line: [Point]) -> [Point] {
    guard
      let closest = line.indices.min(by: { distance(line[$0], centre) < distance(line[$1], centre) }
      )
    else { return [] }
    var order = [line[closest]]
    for step in 1..<max(1, line.count) {
      for index in [closest - step, closest + step] where line.indices.contains(index) {
        order.append(line[index])
      }
    }
    return order
  }

  /// Boxes of `label`'s size touching each of `points` on each of eight sides, in that order.
  static func candidates(for label: Rect, around points: [Point]) -> [Rect] {
    let across = label.width / 2 + gap
    let up = label.height / 2 + gap
    let offsets = [
      Point(x: 0, y: up), Point(x: 0, y: -up), Point(x: across, y: 0), Point(x: -across, y: 0),
      Point(x: across, y: up), Point(x: -across, y: up), Point(x: across, y: -up),
      Point(x: -across, y: -up),
    ]
    return points.flatMap { point in
      offsets.map {
        Rect(
          centre: Point(x: point.x + $0.x, y: point.y + $0.y), width: label.width,
          height: label.height)
      }
    }
  }

  /// Points every `step` along `line`, leaving out `endClearance` at each end.
  static func resampled(_ line: [Point]) -> [Point] {
    let total = zip(line, line.dropFirst()).reduce(0) { $0 + distance($1.0, $1.1) }
    var points: [Point] = []
    var walked = 0.0
    var next = endClearance
    for (start, end) in zip(line, line.dropFirst()) {
      let length = distance(start, end)
      while next <= walked + length, next <= total - endClearance {
        let t = length == 0 ? 0 : (next - walked) / length
        points.append(Point(x: start.x + (end.x - start.x) * t, y: start.y + (end.y - start.y) * t))
        next += step
      }
      walked += length
    }
    return points
  }

  static func distance(_ a: Point, _ b: Point) -> Double {
    ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
  }

  /// A straight piece of a flow's line.
  struct Piece {
    var flow: Int
    var start, end: Point
  }

  /// Flow pieces, elements, titles and labels by grid cell, so that a box is checked only
  /// against what is near it (a 1,000-element model has about 30,000 flow pieces).
  struct Index {
    /// Straight pieces of the flows' lines by cell.
    private var pieces: Grid<Piece>
    /// Indices into `boxes` by cell; a moved label leaves stale entries, which are checked
    /// against its current box.
    private var boxCells: Grid<Int>
    private var boxes: [Rect] = []
    /// For each box, the flow whose label it is, or nil for elements and titles.
    private var owners: [Int?] = []
    private var labelBox: [Int: Int] = [:]

    init(_ geometry: LaidOutGeometry) {
      let all = Rect.around(
        geometry.flows.map(\.bounds) + geometry.elements + geometry.boundaries.map(\.outline))
      pieces = Grid(covering: all)
      boxCells = Grid(covering: all)
      for (flow, entry) in geometry.flows.enumerated() {
        for (start, end) in zip(entry.line, entry.line.dropFirst()) {
          // A long piece is indexed in short stretches, not by its whole bounding box.
          let parts = max(
            1, Int((FlowLabelPlacement.distance(start, end) / Grid<Int>.size).rounded(.up)))
          for part in 0..<parts {
            let (t0, t1) = (Double(part) / Double(parts), Double(part + 1) / Double(parts))
            let a = Point(x: start.x + (end.x - start.x) * t0, y: start.y + (end.y - start.y) * t0)
            let b = Point(x: start.x + (end.x - start.x) * t1, y: start.y + (end.y - start.y) * t1)
            let stretch = Rect(
              minX: min(a.x, b.x), minY: min(a.y, b.y), maxX: max(a.x, b.x), maxY: max(a.y, b.y))
            pieces.insert(Piece(flow: flow, start: start, end: end), covering: stretch)
          }
        }
        if let label = entry.label {
          labelBox[flow] = boxes.count
          add(label, owner: flow)
        }
      }
      for element in geometry.elements { add(element, owner: nil) }
      for title in geometry.boundaries.compactMap(\.title) + [geometry.heading].compactMap({ $0 }) {
        add(title, owner: nil)
      }
    }

    mutating func moveLabel(of flow: Int, to box: Rect) {
      guard let index = labelBox[flow] else { return }
      boxes[index] = box
      boxCells.insert(index, covering: box)
    }

    /// Whether another flow (with `ownLine`, any flow) runs through `box`, or it covers an
    /// element, a title or another flow's label.
    func isCovered(_ box: Rect, of flow: Int, ownLine: Bool = false) -> Bool {
      let inner = box.inset(by: 1)
      var covered = false
      pieces.forEachCell(covering: box) { cell in
        for piece in pieces[cell] where ownLine || piece.flow != flow {
          if inner.isCrossed(from: piece.start, to: piece.end) {
            covered = true
            return false
          }
        }
        for index in boxCells[cell] where owners[index] != flow && boxes[index].intersects(inner) {
          covered = true
          return false
        }
        return true
      }
      return covered
    }

    private mutating func add(_ box: Rect, owner: Int?) {
      boxCells.insert(boxes.count, covering: box)
      boxes.append(box)
      owners.append(owner)
    }
  }

  /// Values by square cell of a fixed area; anything outside it counts in the border cells.
  struct Grid<Value> {
    static var size: Double { 48 }
    private let origin: Point
    private let columns: Int
    private let rows: Int
    private var values: [[Value]]

    init(covering area: Rect) {
      origin = Point(x: area.minX, y: area.minY)
      columns = max(1, Int((area.width / Self.size).rounded(.up)) + 1)
      rows = max(1, Int((area.height / Self.size).rounded(.up)) + 1)
      values = Array(repeating: [], count: columns * rows)
    }

    subscript(cell: Int) -> [Value] { values[cell] }

    /// Adds `value` to every cell `box` touches.
    mutating func insert(_ value: Value, covering box: Rect) {
      guard let (x0, x1, y0, y1) = range(covering: box) else { return }
      for y in y0...y1 {
        for x in x0...x1 { values[y * columns + x].append(value) }
      }
    }

    /// Calls `body` with each cell `box` touches, row by row, while it returns true.
    func forEachCell(covering box: Rect, _ body: (Int) -> Bool) {
      guard let (x0, x1, y0, y1) = range(covering: box) else { return }
      for y in y0...y1 {
        for x in x0...x1 where !body(y * columns + x) { return }
      }
    }

    /// The first and last column and row that `box` touches.
    private func range(covering box: Rect) -> (Int, Int, Int, Int)? {
      func clamped(_ value: Double, _ start: Double, _ count: Int) -> Int {
        value.isFinite
          ? min(count - 1, max(0, Int(((value - start) / Self.size).rounded(.down)))) : 0
      }
      let (x0, x1) = (clamped(box.minX, origin.x, columns), clamped(box.maxX, origin.x, columns))
      let (y0, y1) = (clamped(box.minY, origin.y, rows), clamped(box.maxY, origin.y, rows))
      return x0 <= x1 && y0 <= y1 ? (x0, x1, y0, y1) : nil
    }
  }
}
