import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// Counts what `scripts/layout-metrics.py` calls edge/label (a flow's line through another
/// flow's label), edge/near (one within 3 points of another flow's label, not through it),
/// edge/own (a flow's line through its own label) and edge/title (a flow's line through a
/// boundary title) in an SVG that
/// `render` wrote, by the same rules: lines sampled ten times per curve, label boxes from
/// their background, title boxes from their text at 0.6 em a character.
///
/// It also counts flow labels that reach past the drawing's edge, which a viewer or a page cuts
/// off.
struct LayoutDefects: Equatable {
  var flowsThroughLabels = 0
  var flowsNearLabels = 0
  var labelsOnTheirOwnLine = 0
  var flowsThroughTitles = 0
  var labelsCutOff = 0
  /// Pairs of flows drawn as one line: every sampled point of each within a point of the
  /// other's, so neither arrowhead nor label can be told apart.
  var flowsOnOneLine = 0

  init(flowsThroughLabels: Int, flowsThroughTitles: Int) {
    (self.flowsThroughLabels, self.flowsThroughTitles) = (flowsThroughLabels, flowsThroughTitles)
  }

  typealias Box = (minX: Double, minY: Double, maxX: Double, maxY: Double)

  init(svg: [UInt8]) throws {
    let document = try XMLDocument(data: Data(svg), options: [])
    func elements(_ path: String, in node: XMLNode) -> [XMLElement] {
      ((try? node.nodes(forXPath: path)) ?? []).compactMap { $0 as? XMLElement }
    }
    func attribute(_ name: String, _ element: XMLElement) -> String {
      element.attributes?.first { $0.name == name || $0.localName == name }?.stringValue ?? ""
    }
    var lines: [(id: String, points: [(Double, Double)])] = []
    var labels: [(id: String, box: Box)] = []
    var titles: [Box] = []
    for group in elements("//*[local-name()='g']", in: document) {
      let classes = attribute("class", group).split(separator: " ")
      if classes.contains("edge") {
        let id = attribute("id", group)
        if let path = elements(".//*[local-name()='path']", in: group).first {
          lines.append((id, Self.sampled(Self.numbers(attribute("d", path)))))
        }
        let background = elements("./*[local-name()='polygon']", in: group).first {
          !attribute("fill-opacity", $0).isEmpty
        }
        if let background {
          labels.append((id, Self.bounds(Self.numbers(attribute("points", background)))))
        }
      } else if classes.contains("cluster") {
        let boxes = elements(".//*[local-name()='text']", in: group).map { text in
          Self.textBox(
            x: Double(attribute("x", text)) ?? 0, y: Double(attribute("y", text)) ?? 0,
            size: Double(attribute("font-size", text)) ?? 10,
            characters: text.stringValue?.count ?? 0, anchor: attribute("text-anchor", text))
        }
        if let first = boxes.first {
          titles.append(
            boxes.reduce(first) {
              (
                min($0.minX, $1.minX), min($0.minY, $1.minY), max($0.maxX, $1.maxX),
                max($0.maxY, $1.maxY)
              )
            })
        }
      }
    }
    // The drawing's edge in the coordinates of its shapes: `viewBox` undone by the top group's
    // `scale(s s) … translate(x y)`.
    let root = try #require(document.rootElement())
    let view = Self.numbers(attribute("viewBox", root))
    let transform = attribute(
      "transform", try #require(elements("//*[local-name()='g']", in: document).first))
    let scale =
      Double(transform.firstMatch(of: /scale\(([0-9.]+)/).map { String($0.1) } ?? "1") ?? 1
    let shift = Self.numbers(String(transform.firstMatch(of: /translate\(([-0-9. ]+)\)/)?.1 ?? ""))
    let edge: Box = (
      -shift[0], -shift[1], view[2] / scale - shift[0], view[3] / scale - shift[1]
    )
    labelsCutOff =
      labels.filter {
        $0.box.minX < edge.minX - 0.5 || $0.box.minY < edge.minY - 0.5
          || $0.box.maxX > edge.maxX + 0.5 || $0.box.maxY > edge.maxY + 0.5
      }.count
    func inside(_ point: (Double, Double), _ box: Box) -> Bool {
      box.minX < point.0 && point.0 < box.maxX && box.minY < point.1 && point.1 < box.maxY
    }
    for line in lines {
      flowsThroughLabels +=
        labels.filter { label in
          label.id != line.id && line.points.contains { inside($0, label.box) }
        }.count
      flowsNearLabels +=
        labels.filter { label in
          let near = (
            label.box.minX - 3, label.box.minY - 3, label.box.maxX + 3, label.box.maxY + 3
          )
          return label.id != line.id && !line.points.contains { inside($0, label.box) }
            && zip(line.points, line.points.dropFirst()).contains { Self.enters($0, $1, near) }
        }.count
      labelsOnTheirOwnLine +=
        labels.filter { label in
          let inner = (
            label.box.minX + 1, label.box.minY + 1, label.box.maxX - 1, label.box.maxY - 1
          )
          return label.id == line.id
            && zip(line.points, line.points.dropFirst()).contains { Self.enters($0, $1, inner) }
        }.count
      flowsThroughTitles +=
        titles.filter { title in line.points.contains { inside($0, title) } }
        .count
    }
    for (index, line) in lines.enumerated() {
      flowsOnOneLine +=
        lines.dropFirst(index + 1).filter { other in
          Self.mostlyNear(line.points, other.points) && Self.mostlyNear(other.points, line.points)
        }.count
    }
  }

  /// Whether the straight piece from `start` to `end` enters `box` (Liang-Barsky clipping).
  private static func enters(_ start: (Double, Double), _ end: (Double, Double), _ box: Box)
    -> Bool
  {
    var (low, high) = (0.0, 1.0)
    let axes = [
      (start.0, end.0 - start.0, box.minX, box.maxX),
      (start.1, end.1 - start.1, box.minY, box.maxY),
    ]
    for (origin, delta, lower, upper) in axes {
      guard delta != 0 else {
        if !(lower < origin && origin < upper) { return false }
        continue
      }
      let (a, b) = ((lower - origin) / delta, (upper - origin) / delta)
      (low, high) = (max(low, min(a, b)), min(high, max(a, b)))
    }
    return low < high
  }

  /// Whether nine in ten of `points` lie within 2 points of `line` (the rest may be where an
  /// arrowhead shortens one of two opposite lines).
  private static func mostlyNear(_ points: [(Double, Double)], _ line: [(Double, Double)]) -> Bool {
    let near = points.filter { point in
      zip(line, line.dropFirst()).contains { start, end in
        let (dx, dy) = (end.0 - start.0, end.1 - start.1)
        let squared = dx * dx + dy * dy
        let t =
          squared == 0
          ? 0 : max(0, min(1, ((point.0 - start.0) * dx + (point.1 - start.1) * dy) / squared))
        let (x, y) = (start.0 + t * dx - point.0, start.1 + t * dy - point.1)
        return x * x + y * y <= 4
      }
    }
    return near.count * 10 >= points.count * 9
  }

  private static func numbers(_ text: String) -> [Double] {
    text.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap { Double($0) }
  }

  private static func bounds(_ numbers: [Double]) -> Box {
    let xs = stride(from: 0, to: numbers.count - 1, by: 2).map { numbers[$0] }
    let ys = stride(from: 1, to: numbers.count, by: 2).map { numbers[$0] }
    return (xs.min() ?? 0, ys.min() ?? 0, xs.max() ?? 0, ys.max() ?? 0)
  }

  /// A cubic B-spline path (`M x,y C x,y x,y x,y …`) sampled ten times per curve.
  private static func sampled(_ numbers: [Double]) -> [(Double, Double)] {
    let points = stride(from: 0, to: numbers.count - 1, by: 2).map {
      (numbers[$0], numbers[$0 + 1])
    }
    guard let first = points.first else { return [] }
    var samples = [first]
    for start in stride(from: 0, to: points.count - 3, by: 3) {
      let (p0, p1, p2, p3) = (
        points[start], points[start + 1], points[start + 2], points[start + 3]
      )
      for step in 1...10 {
        let t = Double(step) / 10
        let u = 1 - t
        let (a, b, c, d) = (u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t)
        samples.append(
          (
            a * p0.0 + b * p1.0 + c * p2.0 + d * p3.0, a * p0.1 + b * p1.1 + c * p2.1 + d * p3.1
          ))
      }
    }
    return samples
  }

  private static func textBox(
    x: Double, y: Double, size: Double, characters: Int, anchor: String
  ) -> Box {
    let width = Double(characters) * size * 0.6
    let left = anchor == "middle" ? x - width / 2 : (anchor == "end" ? x - width : x)
    return (left, y - size * 0.8, left + width, y + size * 0.2)
  }
}
