/// The cells of a Threat Dragon v2 diagram that carry meaning, read from their JSON.
enum ThreatDragonCell {
  /// An actor, process or store.
  struct Node {
    enum Kind: String { case actor, process, store }
    var id: String
    var kind: Kind
    var name: String?
    var rect: Rect?
    var data: JSONNode?
    var threats: [ThreatDragonThreat]
    var path: String
  }

  /// A data flow between two cells.
  struct Flow {
    var id: String
    var source: String
    var target: String
    var name: String?
    var vertices: [Point]
    var data: JSONNode?
    var threats: [ThreatDragonThreat]
    var path: String
  }

  /// A trust boundary drawn as a box, or as a curve (a line that encloses nothing).
  struct Boundary {
    var id: String
    var name: String?
    var rect: Rect?
    var curve: Polyline?
    var path: String
  }
}

/// A threat recorded on a cell's `data.threats`.
struct ThreatDragonThreat {
  var id: String?
  var title: String?
  var type: String?
  var modelType: String?
  var severity: String?
  var status: String?
  var description: String?
  var mitigation: String?
  var path: String

  init(_ node: JSONNode) throws(ImportError) {
    _ = try node.object()
    id = node.text("id") ?? node.text("threatId")
    title = node.text("title")
    type = node.text("type")
    modelType = node.text("modelType")
    severity = node.text("severity")
    status = node.text("status")
    description = node.text("description")
    mitigation = node.text("mitigation")
    path = node.path
  }
}

extension JSONNode {
  /// A cell's name: `data.name`, else the label in `attrs` (`text.text` or `label.text`), else
  /// the first of `labels` (a string, or an object with `attrs.label.text` or `attrs.text.text`).
  var cellName: String? {
    let candidates: [String?] = [
      member("data")?.text("name"),
      member("attrs")?.member("text")?.text("text"),
      member("attrs")?.member("label")?.text("text"),
      labelText,
    ]
    return candidates.compactMap { $0 }.first { !$0.allSatisfy(\.isWhitespace) }
  }

  private var labelText: String? {
    guard case .array(let labels)? = member("labels")?.value, let first = labels.first else {
      return nil
    }
    if case .string(let text) = first { return text }
    let label = JSONNode(value: first, path: path).member("attrs")
    return label?.member("label")?.text("text") ?? label?.member("text")?.text("text")
  }

  /// `position` and `size` as a box, or nil when either is missing.
  func rect() throws(ImportError) -> Rect? {
    guard let position = member("position"), let size = member("size") else { return nil }
    return Rect(
      x: try position.required("x").number(), y: try position.required("y").number(),
      width: try size.required("width").number(), height: try size.required("height").number())
  }

  /// A point `{x, y}`.
  func point() throws(ImportError) -> Point {
    Point(x: try required("x").number(), y: try required("y").number())
  }
}
