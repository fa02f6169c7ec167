import DFDModel

/// Small but densely connected diagrams, the worst case for dot (see LayoutCost), made the way
/// scripts/generate-dense-model.py makes its models: seeded, every flow named and labelled.
enum DenseDiagram {
  /// `elements` services, in `boundaries` flat boundaries (none when 0), joined by `flows`
  /// labelled flows between pseudo-random pairs.
  static func make(elements: Int, flows: Int, boundaries: Int = 0) -> Diagram {
    var diagram = Diagram()
    for index in 0..<boundaries { diagram.add(TrustBoundary(id: "b\(index)", label: "B\(index)")) }
    for index in 0..<elements {
      diagram.add(
        Element(
          id: "e\(index)", kind: "service", category: .process, label: "Element \(index)",
          boundary: boundaries > 0 ? "b\(index % boundaries)" : nil))
    }
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    for number in 1...flows {
      let source = next(elements)
      var target = next(elements - 1)
      if target >= source { target += 1 }
      diagram.add(
        Flow(id: "f\(number)", source: "e\(source)", target: "e\(target)", label: "Batch \(number)")
      )
    }
    return diagram
  }
}
