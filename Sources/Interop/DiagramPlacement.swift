import DFDLayout
import DFDModel

/// Where our own Graphviz layout puts each element and boundary, on a canvas with y downwards
/// (as Threat Dragon has it), scaled to Threat Dragon's shape sizes.
struct DiagramPlacement {
  /// Each element's box, by id.
  var elements: [String: Rect] = [:]
  /// Each boundary's box, by id.
  var boundaries: [String: Rect] = [:]

  /// How much larger than Graphviz's points Threat Dragon's canvas is drawn.
  static let scale = 1.5

  /// Lays out `diagram` with Graphviz (no legend, no threat badges) and reads the positions.
  init(_ diagram: Diagram) throws {
    let writer = DOTWriter(options: DiagramOptions(showThreats: false, showLegend: false))
    let json = try GraphvizRenderer().layoutJSON(dot: writer.write(diagram))
    let root = JSONNode(value: try JSONTree.parse(json), path: "$")
    let height = try Self.box(root.required("bb").string())?.maxY ?? 0
    let elementIDs = Set(diagram.elements.map(\.id))
    for object in try root.member("objects")?.array() ?? [] {
      guard let name = object.text("name") else { continue }
      if name.hasPrefix("cluster_"), let bb = object.text("bb"), let box = Self.box(bb) {
        boundaries[String(name.dropFirst("cluster_".count))] = Self.flip(
          Rect(x: box.minX, y: box.minY, width: box.maxX - box.minX, height: box.maxY - box.minY),
          height: height)
      } else if elementIDs.contains(name), let pos = object.text("pos"),
        let centre = Self.numbers(pos), centre.count == 2,
        let width = object.text("width").flatMap(Double.init),
        let nodeHeight = object.text("height").flatMap(Double.init)
      {
        let w = width * 72
        let h = nodeHeight * 72
        elements[name] = Self.flip(
          Rect(x: centre[0] - w / 2, y: centre[1] - h / 2, width: w, height: h), height: height)
      }
    }
  }

  /// `x,y` or `llx,lly,urx,ury` as numbers.
  private static func numbers(_ text: String) -> [Double]? {
    let parts = text.split(separator: ",").map { Double($0) }
    return parts.contains(nil) ? nil : parts.compactMap { $0 }
  }

  private static func box(_ text: String) -> (
    minX: Double, minY: Double, maxX: Double, maxY: Double
  )? {
    guard let values = numbers(text), values.count == 4 else { return nil }
    return (values[0], values[1], values[2], values[3])
  }

  /// A Graphviz box on Threat Dragon's canvas: y flipped (it runs downwards there), scaled.
  private static func flip(_ rect: Rect, height: Double) -> Rect {
    Rect(
      x: (rect.x * scale).rounded(), y: ((height - rect.y - rect.height) * scale).rounded(),
      width: (rect.width * scale).rounded(), height: (rect.height * scale).rounded())
  }
}
