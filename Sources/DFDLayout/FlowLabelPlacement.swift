/// Moves flow labels that another flow runs through or passes close to, that cover an element,
/// a boundary title or another label, or that straddle a boundary's outline, to the nearest free
/// place beside their own line.
///
/// Flow text is an `xlabel`, which dot places after routing the flows, in whatever space is left
/// (`FlowLabelExtent`), so on a busy drawing a label often sits where another flow runs through
/// or along it and reads as that flow's. After the layout each such label is tried at places
/// along its own line, touching it on one of eight sides, nearest to where dot put it first; the
/// first place that no other flow comes within `clearance` of, that nothing covers, that
/// straddles no boundary outline and that stays inside the drawing, wins. A label that only has
/// a flow close by stays unless such a place exists; one that is crossed takes, failing that,
/// the first place no flow crosses, and where every place is crossed, the one the fewest other
/// flows cross, if fewer than where dot put it.
enum FlowLabelPlacement {
  typealias Point = LaidOutGeometry.Point
  typealias Rect = LaidOutGeometry.Rect

  /// Gap between a label and its line, and the distance between tried places, in points.
  static let gap = 2.0
  static let step = 10.0
  /// How close to either end of its line a label may sit, in points.
  ///
  /// Ends meet elements and arrowheads, which are obstacles and the line's own. Against 24:
  /// flows through other flows' labels 553 → 524 over the samples' drawings and pages and
  /// generated-30, -100 and -300 (samples' full drawings 6 → 3), labels on labels 4 → 0
  /// (docs/diagrams.md).
  static let endClearance = 12.0
  /// How near another flow may pass a label, in points: nearer, the label reads as that flow's.
  static let clearance = 3.0
  /// How many steps either way of where dot put a label are all tried.
  static let nearSteps = 20

  /// Moves the labels in `geometry`; returns how many are still crossed or covering
  /// (`Index.isCovered`).
  @discardableResult
  static func place(_ geometry: inout LaidOutGeometry) -> Int {
    var index = Index(geometry)
    let outlines = geometry.boundaries.map(\.outline)
    func straddles(_ box: Rect) -> Bool {
      outlines.contains { $0.intersects(box) && !$0.strictlyContains(box) }
    }
    for flow in geometry.flows.indices {
      guard let label = geometry.flows[flow].label else { continue }
      let misplaced = straddles(label) || index.isCovered(label, of: flow)
      guard misplaced || index.isCrowded(label, of: flow) else { continue }
      let places = candidates(
        for: label, around: outward(from: label.centre, along: resampled(geometry.flows[flow].line))
      ).filter { place in geometry.frame.map { $0.contains(place) } ?? true }
      guard
        let place = bestPlace(
          for: label, of: flow, among: places, in: index, straddles, misplaced: misplaced)
      else { continue }
      geometry.flows[flow].label = place
      index.moveLabel(of: flow, to: place)
    }
    return geometry.flows.indices.count { flow in
      geometry.flows[flow].label.map { index.isCovered($0, of: flow) } ?? false
    }
  }

  /// Where the label `label` of `flow` goes among `places` (nearest first), or nil to stay.
  ///
  /// By preference: the first place no other flow comes near and nothing covers that straddles
  /// no outline. Only if the label is `misplaced` (crossed, covering or straddling), then: the
  /// first such place that a flow only comes near; the first free place that straddles an
  /// outline (an outline through a label does not make it read as another flow's); the one the
  /// fewest other flows cross; and, only to take the label off an element, a title or a label,
  /// the straddling one the fewest cross. Never one that covers an element, a title or a label,
  /// nor one no better than where the label is; its own line through it counts against staying
  /// as straddling does (it hides the text but does not mislead): over the samples' drawings
  /// and pages and generated-30, -100 and -300, labels on their own line 79 → 43, flows through
  /// other flows' labels 524 → 520 (docs/diagrams.md).
  private static func bestPlace(
    for label: Rect, of flow: Int, among places: [Rect], in index: Index,
    _ straddles: @escaping (Rect) -> Bool, misplaced: Bool
  ) -> Rect? {
    let clear = places.lazy.filter { !straddles($0) }
    let straddling = places.lazy.filter(straddles)
    var blockers = Index.Blockers()
    func isFree(_ place: Rect) -> Bool {
      index.flowsThrough(place, of: flow, below: 1, &blockers) == 0
    }
    // The first place no other flow passes near, else (to move a misplaced label) the first
    // that none runs through.
    var free: Rect?
    for place in clear {
      switch index.room(for: place, of: flow, &blockers) {
      case .roomy: return place
      case .crowded: free = free ?? place
      case .blocked: continue
      }
    }
    guard misplaced else { return nil }
    if let free { return free }
    // A score to compare places: twice the other flows crossing, plus one for straddling and
    // one where the label's own line runs through it (hiding its text).
    let here = index.flowsThrough(label, of: flow, ownLine: false, below: .max)
    let hidden = index.flowsThrough(label, of: flow, below: .max) == nil
    let score = here.map { $0 * 2 + (straddles(label) ? 1 : 0) + (hidden ? 1 : 0) } ?? .max
    let best: (place: Rect, score: Int)
    if score > 1, let free = straddling.first(where: isFree) {
      best = (free, 1)
    } else if let fewest = fewestCrossed(clear, of: flow, in: index, enough: 1, &blockers) {
      // None is free, so one that a single flow crosses is as good as any.
      best = (fewest.place, fewest.flows * 2)
    } else if here == nil,
      let fewest = fewestCrossed(straddling, of: flow, in: index, enough: 1, &blockers)
    {
      best = (fewest.place, fewest.flows * 2 + 1)
    } else {
      return nil
    }
    return best.score < score ? best.place : nil
  }

  /// The first of `places` that at most `enough` other flows cross, else the one the fewest
  /// cross; nil when each covers a shape or is crossed by the flow's own line.
  private static func fewestCrossed(
    _ places: some Sequence<Rect>, of flow: Int, in index: Index, enough: Int,
    _ blockers: inout Index.Blockers
  ) -> (place: Rect, flows: Int)? {
    var best: (place: Rect, flows: Int)?
    for place in places {
      guard
        let flows = index.flowsThrough(place, of: flow, below: best?.flows ?? .max, &blockers)
      else { continue }
      best = (place, flows)
      if flows <= enough { break }
    }
    return best
  }

  /// The points of `line`, nearest `centre` first along the line: the closest, then its
  /// neighbours on both sides, one step further each time, every fourth beyond `nearSteps`.
  ///
  /// Far along a long line a free place is a wide one, so the coarser steps lose little: on the
  /// generated 100-element model 62 flows run through other flows' labels (57 trying every
  /// step), and a 300-element `render` takes 0.67 s (1.0 s).
  static func outward(from centre: Point, along line: [Point]) -> [Point] {
    guard
      let closest = line.indices.min(by: { distance(line[$0], centre) < distance(line[$1], centre) }
      )
    else { return [] }
    var order = [line[closest]]
    for step in 1..<max(1, line.count) where step <= nearSteps || step % 4 == 0 {
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
}
