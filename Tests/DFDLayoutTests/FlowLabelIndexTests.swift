import Testing

@testable import DFDLayout

/// The label index answers the same whether or not it first checks what blocked earlier places.
struct FlowLabelIndexTests {
  typealias Point = LaidOutGeometry.Point
  typealias Rect = LaidOutGeometry.Rect
  typealias Index = FlowLabelPlacement.Index

  /// A drawing of 16 zigzag flows with labels and 6 elements over 1,200 × 800 points, the
  /// same every run.
  static let geometry: LaidOutGeometry = {
    var random = SplitMix(seed: 7)
    func coordinate(_ limit: Double) -> Double { Double(random.next() % UInt64(limit)) }
    let flows = (0..<16).map { _ in
      let line = (0..<3).map { _ in Point(x: coordinate(1200), y: coordinate(800)) }
      let label = Rect(
        centre: Point(x: coordinate(1200), y: coordinate(800)), width: 60, height: 20)
      return LaidOutGeometry.Flow(line: line, label: label)
    }
    let elements = (0..<6).map { _ in
      Rect(centre: Point(x: coordinate(1200), y: coordinate(800)), width: 80, height: 40)
    }
    return LaidOutGeometry(flows: flows, elements: elements)
  }()

  /// Places along a path, neighbours overlapping, as the placement tries them.
  static let places: [Rect] = (0..<1200).map { step in
    Rect(
      centre: Point(x: Double(step % 120) * 10, y: Double(step / 120) * 80 + 20), width: 60,
      height: 20)
  }

  @Test func roomIsTheSameWithRememberedBlockers() {
    let index = Index(Self.geometry)
    var seen: [Index.Room: Int] = [:]
    for flow in [0, 7, 15] {
      var blockers = Index.Blockers()
      for place in Self.places {
        var fresh = Index.Blockers()
        let remembered = index.room(for: place, of: flow, &blockers)
        #expect(remembered == index.room(for: place, of: flow, &fresh))
        seen[remembered, default: 0] += 1
      }
    }
    // Every answer is given, most often "blocked": the remembered blockers are used.
    #expect(seen[.blocked, default: 0] > Self.places.count)
    #expect(seen[.crowded, default: 0] > 10 && seen[.roomy, default: 0] > 10)
  }

  @Test func flowsThroughIsTheSameWithRememberedBlockers() {
    let index = Index(Self.geometry)
    for flow in [0, 9] {
      for limit in [1, 2, 3, Int.max] {
        for ownLine in [true, false] {
          var blockers = Index.Blockers()
          for place in Self.places {
            // Blockers remembered by `room`, as the placement interleaves the two.
            _ = index.room(for: place, of: flow, &blockers)
            let remembered = index.flowsThrough(
              place, of: flow, ownLine: ownLine, below: limit, &blockers)
            #expect(
              remembered == index.flowsThrough(place, of: flow, ownLine: ownLine, below: limit))
          }
        }
      }
    }
  }
}

/// A small deterministic random number generator (SplitMix64).
private struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
