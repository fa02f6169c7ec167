extension FlowLabelPlacement {
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

    /// Whether a flow, its own included, runs through `box`, or it covers an element, a title
    /// or another flow's label.
    func isCovered(_ box: Rect, of flow: Int) -> Bool {
      flowsThrough(box, of: flow, below: 1) != 0
    }

    /// Whether another flow passes within `clearance` of `box`, so that it may read as that
    /// flow's label.
    func isCrowded(_ box: Rect, of flow: Int) -> Bool {
      let near = box.inset(by: -clearance)
      var crowded = false
      pieces.forEachCell(covering: near) { cell in
        crowded = pieces[cell].contains {
          $0.flow != flow && near.isCrossed(from: $0.start, to: $0.end)
        }
        return !crowded
      }
      return crowded
    }

    /// How much room a place leaves a label.
    enum Room {
      /// Another flow or the label's own line runs through it, or it covers an element, a
      /// title or another flow's label.
      case blocked
      /// Another flow passes within `clearance` of it.
      case crowded
      case roomy
    }

    /// What made a place `.blocked`: a box that it covers or a piece of line through it.
    enum Blocker {
      case box(Int)
      case piece(Piece)
    }

    /// The last few blockers found for one label's places.
    ///
    /// Neighbouring places overlap, so a place is first checked against these, and only
    /// scanned cell by cell when none blocks it; the answer is the same either way. On the
    /// generated 300-element model 94 % of the 1.2 million places tried are settled so, and
    /// placing its labels takes 0.27 s, not 0.50 (docs/performance.md).
    struct Blockers {
      fileprivate var recent: [Blocker] = []
      fileprivate var next = 0
      static let kept = 16

      fileprivate mutating func remember(_ blocker: Blocker) {
        if recent.count < Self.kept {
          recent.append(blocker)
        } else {
          recent[next] = blocker
          next = (next + 1) % Self.kept
        }
      }
    }

    /// Whether `blocker` blocks the inner box `inner` of a place for the label of `flow`: a
    /// box other than that label that it overlaps, or a piece of any line that runs through it.
    private func blocks(_ blocker: Blocker, _ inner: Rect, of flow: Int) -> Bool {
      switch blocker {
      case .box(let index): owners[index] != flow && boxes[index].intersects(inner)
      case .piece(let piece): inner.isCrossed(from: piece.start, to: piece.end)
      }
    }

    /// How much room `box` leaves the label of `flow`; `blockers` remembers what blocked.
    func room(for box: Rect, of flow: Int, _ blockers: inout Blockers) -> Room {
      let inner = box.inset(by: 1)
      if blockers.recent.contains(where: { blocks($0, inner, of: flow) }) { return .blocked }
      let near = box.inset(by: -clearance)
      var room = Room.roomy
      var found: Blocker?
      pieces.forEachCell(covering: near) { cell in
        for index in boxCells[cell] where owners[index] != flow && boxes[index].intersects(inner) {
          found = .box(index)
          return false
        }
        for piece in pieces[cell] where near.isCrossed(from: piece.start, to: piece.end) {
          if inner.isCrossed(from: piece.start, to: piece.end) {
            found = .piece(piece)
            return false
          }
          if piece.flow != flow { room = .crowded }
        }
        return true
      }
      guard let found else { return room }
      blockers.remember(found)
      return .blocked
    }

    /// How many other flows run through `box`, or nil when it covers an element, a title or
    /// another flow's label, when (with `ownLine`) the flow's own line runs through it, or when
    /// `limit` or more flows do (counting stops there).
    func flowsThrough(_ box: Rect, of flow: Int, ownLine: Bool = true, below limit: Int) -> Int? {
      var blockers = Blockers()
      return flowsThrough(box, of: flow, ownLine: ownLine, below: limit, &blockers)
    }

    /// `flowsThrough(_:of:ownLine:below:)`, checking `blockers` first and remembering in it
    /// the box or own line that makes the answer nil.
    func flowsThrough(
      _ box: Rect, of flow: Int, ownLine: Bool = true, below limit: Int,
      _ blockers: inout Blockers
    ) -> Int? {
      let inner = box.inset(by: 1)
      if blockers.recent.contains(where: { blocker in
        switch blocker {
        case .box: blocks(blocker, inner, of: flow)
        case .piece(let piece): ownLine && piece.flow == flow && blocks(blocker, inner, of: flow)
        }
      }) {
        return nil
      }
      var found: Blocker?
      // Distinct flows seen, inline: a set's hashing took a fifth of a 300-element render, and
      // an array's allocation a tenth. More than 16 count as 16.
      var crossing = InlineArray<16, Int>(repeating: 0)
      var crossings = 0
      var blocked = false
      pieces.forEachCell(covering: box) { cell in
        for index in boxCells[cell] where owners[index] != flow && boxes[index].intersects(inner) {
          found = .box(index)
          blocked = true
          return false
        }
        for piece in pieces[cell] where inner.isCrossed(from: piece.start, to: piece.end) {
          if piece.flow == flow {
            guard !ownLine else {
              found = .piece(piece)
              blocked = true
              return false
            }
          } else if crossings < crossing.count,
            !(0..<crossings).contains(where: { crossing[$0] == piece.flow })
          {
            crossing[crossings] = piece.flow
            crossings += 1
            if crossings >= limit {
              blocked = true
              return false
            }
          }
        }
        return true
      }
      if let found { blockers.remember(found) }
      return blocked ? nil : crossings
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
