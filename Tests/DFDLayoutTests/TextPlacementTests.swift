import Testing

@testable import DFDLayout

/// Titles and flow labels moved off the flows after layout, on hand-made geometry.
struct TitlePlacementTests {
  typealias Point = LaidOutGeometry.Point
  typealias Rect = LaidOutGeometry.Rect

  /// A boundary 400 wide with its title at the bottom left, as dot puts it.
  static let outline = Rect(minX: 0, minY: 0, maxX: 400, maxY: 200)
  static let title = Rect(minX: 8, minY: 4, maxX: 108, maxY: 18)

  /// A vertical flow at `x` from below the boundary to its middle.
  static func flow(at x: Double) -> LaidOutGeometry.Flow {
    .init(line: [Point(x: x, y: -50), Point(x: x, y: 100)], label: nil)
  }

  static func placed(_ geometry: LaidOutGeometry) -> Rect? {
    var geometry = geometry
    TitlePlacement.place(&geometry)
    return geometry.boundaries[0].title
  }

  @Test func aTitleNoFlowTouchesStays() {
    var geometry = LaidOutGeometry(
      boundaries: [.init(outline: Self.outline, title: Self.title)], flows: [Self.flow(at: 200)])
    #expect(TitlePlacement.place(&geometry) == [0])
    #expect(geometry.boundaries[0].title == Self.title)
  }

  @Test func aCrossedTitleSlidesToTheNearestFreeStretchOfItsStrip() throws {
    let geometry = LaidOutGeometry(
      boundaries: [.init(outline: Self.outline, title: Self.title)],
      flows: [Self.flow(at: 50), Self.flow(at: 130)])
    let title = try #require(Self.placed(geometry))
    // Past both flows, clear of the second by the clearance, on the same line, the same size.
    #expect(title.minX == 130 + TitlePlacement.clearance)
    #expect(title.minY == Self.title.minY && title.width == Self.title.width)
  }

  @Test func aTitleWithNoRoomInItsStripGoesToTheTopEdge() throws {
    let narrow = Rect(minX: 0, minY: 0, maxX: 116, maxY: 200)
    let geometry = LaidOutGeometry(
      boundaries: [.init(outline: narrow, title: Self.title)], flows: [Self.flow(at: 60)])
    let title = try #require(Self.placed(geometry))
    #expect(title.maxY == 200 - 4)
    #expect(title.minX == Self.title.minX)
  }

  @Test func aTitleWithNoRoomAnywhereStays() {
    let narrow = Rect(minX: 0, minY: 0, maxX: 116, maxY: 200)
    let through = LaidOutGeometry.Flow(
      line: [Point(x: 60, y: -50), Point(x: 60, y: 250)], label: nil)
    var geometry = LaidOutGeometry(
      boundaries: [.init(outline: narrow, title: Self.title)], flows: [through])
    // The flow is reported, for the renderer to try a layout with room along the top.
    #expect(TitlePlacement.place(&geometry) == [1])
    #expect(geometry.boundaries[0].title == Self.title)
  }

  @Test func aTitleWithNoFreeStretchGoesWhereTheFewestFlowsCrossIt() throws {
    // Flows through both edges every 80 points leave no stretch 100 wide; dot's place is
    // crossed by two of them.
    let through = [50.0, 70, 150, 230, 310, 390].map { x in
      LaidOutGeometry.Flow(line: [Point(x: x, y: -50), Point(x: x, y: 250)], label: nil)
    }
    var geometry = LaidOutGeometry(
      boundaries: [.init(outline: Self.outline, title: Self.title)], flows: through)
    let atDotsPlace = TitlePlacement.crossings(of: Self.title, flows: through)
    #expect(TitlePlacement.flowCount(atDotsPlace, from: Self.title.minX, to: Self.title.maxX) == 2)
    #expect(TitlePlacement.place(&geometry) == [1])
    let title = try #require(geometry.boundaries[0].title)
    // The nearest place one flow crosses: just past the second flow, on the same edge.
    #expect(title.minX == 70 + TitlePlacement.clearance)
    #expect(title.minY == Self.title.minY)
  }

  @Test func aTitleKeepsOffElementsAndNestedBoundaries() throws {
    let wide = Rect(minX: 0, minY: 0, maxX: 500, maxY: 200)
    let nested = Rect(minX: 140, minY: 2, maxX: 260, maxY: 120)
    let geometry = LaidOutGeometry(
      boundaries: [
        .init(outline: wide, title: Self.title), .init(outline: nested, title: nil),
      ],
      flows: [Self.flow(at: 50)], elements: [Rect(minX: 270, minY: 0, maxX: 300, maxY: 30)])
    let title = try #require(Self.placed(geometry))
    #expect(title.minX == 300 + TitlePlacement.clearance)
  }

  @Test func nearestFreeStartPicksTheClosestGapThatFits() {
    let blocked = [(10.0, 20.0), (30.0, 90.0), (95.0, 96.0)]
    #expect(
      TitlePlacement.nearestFreeStart(to: 12, width: 8, blocked: blocked, within: (0, 200)) == 20)
    #expect(
      TitlePlacement.nearestFreeStart(to: 5, width: 10, blocked: blocked, within: (0, 200)) == 0)
    #expect(
      TitlePlacement.nearestFreeStart(to: 50, width: 50, blocked: blocked, within: (0, 200)) == 96)
    #expect(
      TitlePlacement.nearestFreeStart(to: 50, width: 50, blocked: blocked, within: (0, 140)) == nil)
  }
}

struct FlowLabelPlacementTests {
  typealias Point = LaidOutGeometry.Point
  typealias Rect = LaidOutGeometry.Rect

  /// A horizontal flow from x 0 to 400 at height 100, with its label over its middle.
  static let own = LaidOutGeometry.Flow(
    line: [Point(x: 0, y: 100), Point(x: 400, y: 100)],
    label: Rect(minX: 160, minY: 102, maxX: 240, maxY: 122))

  static func vertical(at x: Double) -> LaidOutGeometry.Flow {
    .init(line: [Point(x: x, y: 0), Point(x: x, y: 300)], label: nil)
  }

  static func placed(_ geometry: LaidOutGeometry) -> Rect? {
    var geometry = geometry
    FlowLabelPlacement.place(&geometry)
    return geometry.flows[0].label
  }

  /// The distance from `box` to the nearest point of `line` (0 when it touches or crosses).
  static func gap(_ box: Rect, _ line: [Point]) -> Double {
    let y = line[0].y
    return y < box.minY ? box.minY - y : (y > box.maxY ? y - box.maxY : 0)
  }

  @Test func aLabelNothingCrossesStays() {
    var geometry = LaidOutGeometry(flows: [Self.own, Self.vertical(at: 300)])
    #expect(Self.placed(geometry) == Self.own.label)
    #expect(FlowLabelPlacement.place(&geometry) == 0)
  }

  @Test func aLabelAnotherFlowCrossesMovesBesideItsOwnLineClearOfTheOther() throws {
    let other = Self.vertical(at: 200)
    let geometry = LaidOutGeometry(flows: [Self.own, other])
    let label = try #require(Self.placed(geometry))
    #expect(label != Self.own.label)
    #expect(!FlowLabelPlacement.crossesAny([other], label))
    #expect(Self.gap(label, Self.own.line) <= FlowLabelPlacement.gap + 0.001)
    #expect(label.width == 80 && label.height == 20)
    // The nearest free place: just past the crossing flow, not far along the line.
    #expect(abs(label.centre.x - 200) < 80)
  }

  @Test func aLabelAnotherFlowPassesCloseToMovesWhereNoneDoes() throws {
    // The other flow runs 2 points right of the label, through none of it.
    let other = Self.vertical(at: 242)
    #expect(!FlowLabelPlacement.crossesAny([other], try #require(Self.own.label)))
    let label = try #require(Self.placed(LaidOutGeometry(flows: [Self.own, other])))
    #expect(label != Self.own.label)
    #expect(!FlowLabelPlacement.crossesAny([other], label.inset(by: -FlowLabelPlacement.clearance)))
    #expect(Self.gap(label, Self.own.line) <= FlowLabelPlacement.gap + 0.001)
  }

  @Test func aLabelWithAFlowCloseByStaysWhenEveryOtherPlaceIsCrossed() {
    // Flows 2 points either side of the label, and every 10 points beyond them.
    let xs =
      Array(stride(from: -200.0, through: 150, by: 10)) + [158, 242]
      + Array(stride(from: 250.0, through: 600, by: 10))
    let geometry = LaidOutGeometry(flows: [Self.own] + xs.map { Self.vertical(at: $0) })
    #expect(Self.placed(geometry) == Self.own.label)
  }

  /// Dot sometimes puts a label over its own line (a bend cuts its corner), or a line set apart
  /// afterwards (`FlowSeparation`) runs through it: the line hides the text as another's would.
  @Test func aLabelItsOwnLineRunsThroughMovesBesideIt() throws {
    let over = LaidOutGeometry.Flow(
      line: Self.own.line, label: Rect(minX: 160, minY: 90, maxX: 240, maxY: 110))
    let label = try #require(Self.placed(LaidOutGeometry(flows: [over])))
    #expect(!FlowLabelPlacement.crossesAny([over], label.inset(by: 1)))
    #expect(Self.gap(label, over.line) <= FlowLabelPlacement.gap + 0.001)
    #expect(abs(label.centre.x - 200) <= FlowLabelPlacement.step)  // the nearest place
  }

  /// Where every place is crossed, the line hiding the text counts against staying: the label
  /// leaves its own line for a place no more other flows cross.
  @Test func aLabelItsOwnLineRunsThroughLeavesItWhereNoMoreFlowsCross() throws {
    let over = LaidOutGeometry.Flow(
      line: Self.own.line, label: Rect(minX: 160, minY: 90, maxX: 240, maxY: 110))
    let others = stride(from: -200.0, through: 600, by: 10).map { Self.vertical(at: $0) }
    let flows = [over] + others
    let label = try #require(Self.placed(LaidOutGeometry(flows: flows)))
    #expect(!FlowLabelPlacement.crossesAny([over], label.inset(by: 1)))
    func crossing(_ box: Rect) -> Int {
      others.count { FlowLabelPlacement.crossesAny([$0], box.inset(by: 1)) }
    }
    #expect(crossing(label) <= crossing(try #require(over.label)))
  }

  /// Left free of other flows, a label its own line runs through stays where every other place
  /// is crossed by another flow: another's line misleads, its own only hides.
  @Test func aLabelOnlyItsOwnLineRunsThroughStaysWhereEveryOtherPlaceIsCrossed() {
    let over = LaidOutGeometry.Flow(
      line: Self.own.line, label: Rect(minX: 160, minY: 90, maxX: 240, maxY: 110))
    // Flows 12 points above and below the line cross every place above or below it, and
    // flows every 10 points beyond the label's ends every place beside it.
    let across = [88.0, 112].map { y in
      LaidOutGeometry.Flow(line: [Point(x: -200, y: y), Point(x: 600, y: y)], label: nil)
    }
    let xs =
      Array(stride(from: -200.0, through: 150, by: 10)) + stride(from: 250.0, through: 600, by: 10)
    let geometry = LaidOutGeometry(flows: [over] + across + xs.map { Self.vertical(at: $0) })
    #expect(Self.placed(geometry) == over.label)
  }

  @Test func aMovedLabelStaysInsideTheDrawing() throws {
    // Free to the right of the crossing flow, but the drawing ends at 270.
    var geometry = LaidOutGeometry(flows: [Self.own, Self.vertical(at: 200)])
    let unbounded = try #require(Self.placed(geometry))
    #expect(unbounded.maxX > 270)
    geometry.frame = Rect(minX: 0, minY: 0, maxX: 270, maxY: 300)
    let label = try #require(Self.placed(geometry))
    #expect(label != Self.own.label)
    #expect(label.maxX <= 270)
    #expect(!FlowLabelPlacement.crossesAny([Self.vertical(at: 200)], label))
  }

  @Test func aLabelOnAnElementMovesOffIt() throws {
    let element = Rect(minX: 150, minY: 105, maxX: 250, maxY: 160)
    let geometry = LaidOutGeometry(flows: [Self.own], elements: [element])
    let label = try #require(Self.placed(geometry))
    #expect(!label.intersects(element))
  }

  @Test func aLabelDoesNotMoveAcrossABoundaryOutline() throws {
    // The flow runs inside a boundary that ends at y 121; above the line would straddle it.
    let boundary = Rect(minX: -10, minY: 60, maxX: 410, maxY: 121)
    let geometry = LaidOutGeometry(
      boundaries: [.init(outline: boundary, title: nil)],
      flows: [Self.own, Self.vertical(at: 200)])
    let label = try #require(Self.placed(geometry))
    #expect(boundary.strictlyContains(label))
  }

  @Test func aLabelWithNoPlaceCrossedByFewerFlowsStays() {
    // Flows every 10 well past both ends of the line: every place is crossed by as many.
    let crossing = (-20...60).map { Self.vertical(at: Double($0) * 10) }
    var geometry = LaidOutGeometry(flows: [Self.own] + crossing)
    #expect(Self.placed(geometry) == Self.own.label)
    // It is counted as still crossed, for a page to try a looser layout.
    #expect(FlowLabelPlacement.place(&geometry) == 1)
  }

  @Test func aLabelCrossedEverywhereGoesWhereTheFewestFlowsCross() throws {
    // Flows every 10 up to 200, then every 50: no 80-wide place along the line is free, and
    // right of 200 one flow crosses it.
    let xs = Array(stride(from: 0.0, through: 200, by: 10)) + [250, 300, 350, 400]
    let crossing = xs.map { Self.vertical(at: $0) }
    let geometry = LaidOutGeometry(flows: [Self.own] + crossing)
    let label = try #require(Self.placed(geometry))
    #expect(crossing.filter { FlowLabelPlacement.crossesAny([$0], label) }.count == 1)
    #expect(Self.gap(label, Self.own.line) <= FlowLabelPlacement.gap + 0.001)
  }

  @Test func aLabelOnAnElementStraddlesAnOutlineRatherThanStay() throws {
    // The flow runs in a boundary 10 high, so every place beside it straddles the outline.
    let boundary = Rect(minX: -10, minY: 95, maxX: 410, maxY: 105)
    let element = Rect(minX: 150, minY: 105, maxX: 250, maxY: 160)
    let geometry = LaidOutGeometry(
      boundaries: [.init(outline: boundary, title: nil)], flows: [Self.own],
      elements: [element])
    let label = try #require(Self.placed(geometry))
    #expect(!label.intersects(element))
  }

  @Test func aStraddlingLabelNothingCrossesStaysWhenNoPlaceIsBetter() {
    let boundary = Rect(minX: -10, minY: 95, maxX: 410, maxY: 105)
    let geometry = LaidOutGeometry(
      boundaries: [.init(outline: boundary, title: nil)], flows: [Self.own])
    #expect(Self.placed(geometry) == Self.own.label)
  }

  @Test func placesFarAlongTheLineAreTriedEveryFourthStep() {
    let line = (0..<100).map { Point(x: Double($0) * 10, y: 0) }
    let order = FlowLabelPlacement.outward(from: Point(x: 0, y: 5), along: line)
    #expect(
      order.prefix(FlowLabelPlacement.nearSteps + 1).map(\.x) == (0...20).map { Double($0) * 10 })
    #expect(
      order.dropFirst(FlowLabelPlacement.nearSteps + 1).allSatisfy { Int($0.x / 10) % 4 == 0 })
  }

  @Test func resamplingKeepsAwayFromTheEnds() {
    let points = FlowLabelPlacement.resampled(Self.own.line)
    #expect(points.first?.x == FlowLabelPlacement.endClearance)
    #expect((points.last?.x ?? 0) <= 400 - FlowLabelPlacement.endClearance)
    // 12, 22, …, 382: every step from the clearance at one end to the clearance at the other.
    #expect(points.count == 38)
  }

  @Test func aPieceCrossesARectangleOnlyWhenItPassesThroughIt() {
    let box = Rect(minX: 0, minY: 0, maxX: 10, maxY: 10)
    #expect(box.isCrossed(from: Point(x: -5, y: 5), to: Point(x: 15, y: 5)))
    #expect(box.isCrossed(from: Point(x: -5, y: -5), to: Point(x: 15, y: 15)))
    #expect(!box.isCrossed(from: Point(x: -5, y: 6), to: Point(x: 4, y: 15)))
    #expect(!box.isCrossed(from: Point(x: -5, y: 10), to: Point(x: 15, y: 10)))
    #expect(box.isCrossed(from: Point(x: 2, y: 2), to: Point(x: 3, y: 3)))
  }
}

extension FlowLabelPlacement {
  /// Whether any of `flows` runs through `box`.
  static func crossesAny(_ flows: [LaidOutGeometry.Flow], _ box: LaidOutGeometry.Rect) -> Bool {
    flows.contains { flow in
      zip(flow.line, flow.line.dropFirst()).contains { box.isCrossed(from: $0.0, to: $0.1) }
    }
  }
}

struct FlowSeparationTests {
  typealias Point = LaidOutGeometry.Point
  typealias Rect = LaidOutGeometry.Rect

  /// A vertical flow at `x` between heights 0 and 200, upward or downward, with a label.
  static func flow(at x: Double, upward: Bool = true) -> LaidOutGeometry.Flow {
    let ends = [Point(x: x, y: 0), Point(x: x, y: 200)]
    return .init(
      line: upward ? ends : ends.reversed(),
      label: Rect(minX: x + 2, minY: 90, maxX: x + 80, maxY: 110))
  }

  @Test func opposingFlowsOnOneLineAreSetApartWithTheirLabels() {
    var geometry = LaidOutGeometry(flows: [Self.flow(at: 100), Self.flow(at: 100, upward: false)])
    let shifts = FlowSeparation.separate(&geometry)
    #expect(shifts.count == 2)
    let xs = geometry.flows.map { $0.line[0].x }
    // Centred on the old line, `spacing` apart, straight and upright as before.
    #expect(abs(xs[0] - xs[1]) == FlowSeparation.spacing)
    #expect((xs[0] + xs[1]) / 2 == 100)
    #expect(geometry.flows.allSatisfy { $0.line[0].x == $0.line[1].x })
    for flow in geometry.flows {
      #expect(flow.label?.minX == flow.line[0].x + 2)
    }
  }

  @Test func threeFlowsOnOneLineAreSpreadEvenly() {
    var geometry = LaidOutGeometry(
      flows: [Self.flow(at: 100), Self.flow(at: 100, upward: false), Self.flow(at: 100.5)])
    _ = FlowSeparation.separate(&geometry)
    let xs = geometry.flows.map { $0.line[0].x }.sorted()
    // Each moves from where it was, so the half-point-off flow stays half a point off.
    for (lower, upper) in zip(xs, xs.dropFirst()) {
      #expect(abs(upper - lower - FlowSeparation.spacing) <= FlowSeparation.tolerance)
    }
  }

  @Test func flowsDotAlreadyDrewApartStay() {
    let apart = [Self.flow(at: 100), Self.flow(at: 103, upward: false)]
    // Same ends but one bends away in the middle.
    let bent = LaidOutGeometry.Flow(
      line: [Point(x: 100, y: 0), Point(x: 100.5, y: 100), Point(x: 100, y: 200)], label: nil)
    let curved = LaidOutGeometry.Flow(
      line: [Point(x: 100, y: 0), Point(x: 130, y: 100), Point(x: 100, y: 200)], label: nil)
    for flows in [apart, [bent, curved]] {
      var geometry = LaidOutGeometry(flows: flows)
      #expect(FlowSeparation.separate(&geometry).isEmpty)
      #expect(geometry.flows == flows)
    }
  }

  @Test func aLineNearlyOnAnotherCoincides() {
    let bent = LaidOutGeometry.Flow(
      line: [Point(x: 100, y: 0), Point(x: 100.5, y: 100), Point(x: 100, y: 200)], label: nil)
    #expect(FlowSeparation.coincide(Self.flow(at: 100, upward: false), bent))
    #expect(!FlowSeparation.coincide(Self.flow(at: 100), Self.flow(at: 102)))
  }
}
