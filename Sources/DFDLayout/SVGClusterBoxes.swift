/// The outlines of the boundaries (Graphviz clusters) in an SVG that Graphviz wrote, read back
/// to check a layout: dot widens a boundary for its title without moving its neighbours, so two
/// boundaries side by side can touch or overlap, and then read as one.
enum SVGClusterBoxes {
  /// A boundary's outline: the bounding box of the first shape in its cluster group.
  struct Box: Hashable {
    var minX, minY, maxX, maxY: Double

    func contains(_ other: Box) -> Bool {
      minX <= other.minX && minY <= other.minY && maxX >= other.maxX && maxY >= other.maxY
    }

    /// Whether the boxes overlap or come closer than `gap` points.
    func touches(_ other: Box, gap: Double) -> Bool {
      minX < other.maxX + gap && other.minX < maxX + gap && minY < other.maxY + gap
        && other.minY < maxY + gap
    }
  }

  /// The outline of every cluster, in document order.
  static func boxes(in svg: [UInt8]) -> [Box] {
    let text = String(decoding: svg, as: UTF8.self)
    var result: [Box] = []
    var rest = text[...]
    while let group = rest.firstRange(of: "class=\"cluster") {
      rest = rest[group.upperBound...]
      let starts = [" points=\"", " d=\""].compactMap { rest.firstRange(of: $0) }
      guard let start = starts.min(by: { $0.lowerBound < $1.lowerBound }),
        let end = rest[start.upperBound...].firstIndex(of: "\"")
      else { break }
      if let box = box(of: rest[start.upperBound..<end]) { result.append(box) }
      rest = rest[end...]
    }
    return result
  }

  /// The closest two boundaries side by side may come, in points.
  static let gap = 4.0

  /// Whether two boundaries, neither holding the other, overlap or touch.
  static func overlap(in svg: [UInt8]) -> Bool {
    let all = boxes(in: svg)
    for (index, first) in all.enumerated() {
      for second in all[(index + 1)...]
      where first.touches(second, gap: gap) && !first.contains(second)
        && !second.contains(first)
      {
        return true
      }
    }
    return false
  }

  /// The bounding box of the numbers in a `points` or path `d` value, read as x,y pairs.
  private static func box(of value: Substring) -> Box? {
    let numbers = value.split { !($0.isNumber || $0 == "." || $0 == "-") }.compactMap {
      Double($0)
    }
    guard numbers.count >= 4 else { return nil }
    let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
    let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
    guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max()
    else { return nil }
    return Box(minX: minX, minY: minY, maxX: maxX, maxY: maxY)
  }
}
