import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A rendered SVG parsed as XML, with the lookups the structure tests need.
struct SVGDocument {
  let document: XMLDocument

  init(_ data: [UInt8]) throws {
    document = try XMLDocument(data: Data(data), options: [])
  }

  /// Every `<g>` group, as (id, classes, element).
  var groups: [(id: String, classes: [String], element: XMLElement)] {
    let nodes = (try? document.nodes(forXPath: "//*[local-name()='g']")) ?? []
    return nodes.compactMap { node in
      guard let element = node as? XMLElement else { return nil }
      let id = Self.attribute("id", of: element) ?? ""
      let classes = (Self.attribute("class", of: element) ?? "").split(separator: " ")
        .map(String.init)
      return (id, classes, element)
    }
  }

  /// An attribute's value (`attribute(forName:)` misses them on namespaced elements on Linux).
  static func attribute(_ name: String, of element: XMLElement) -> String? {
    element.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
  }

  /// The group with `id`.
  func group(_ id: String) -> XMLElement? { groups.first { $0.id == id }?.element }

  /// The classes of the group with `id`.
  func classes(_ id: String) -> [String] { groups.first { $0.id == id }?.classes ?? [] }

  /// All text drawn inside the group with `id`, joined with spaces.
  func text(in id: String) -> String {
    guard let group = group(id) else { return "" }
    let texts = (try? group.nodes(forXPath: ".//*[local-name()='text']")) ?? []
    return texts.compactMap(\.stringValue).joined(separator: " ")
  }

  /// The names of all elements in the document (to look for injected markup).
  var elementNames: Set<String> {
    let nodes = (try? document.nodes(forXPath: "//*")) ?? []
    return Set(nodes.compactMap { ($0 as? XMLElement)?.localName })
  }

  /// The coordinates of a `polygon`'s points or a `path`'s data, in order.
  static func coordinates(of shape: XMLElement) -> [(x: Double, y: Double)] {
    let raw = attribute("points", of: shape) ?? attribute("d", of: shape) ?? ""
    let numbers = raw.split(whereSeparator: { !"0123456789.-".contains($0) }).compactMap {
      Double($0)
    }
    return stride(from: 0, to: numbers.count - 1, by: 2).map { (numbers[$0], numbers[$0 + 1]) }
  }

  /// The first element called `name` (`polygon`, `path`, `text`) inside `group`.
  static func first(_ name: String, in group: XMLElement) -> XMLElement? {
    ((try? group.nodes(forXPath: ".//*[local-name()='\(name)']")) ?? []).first as? XMLElement
  }

  /// The bounding box of a group's first polygon or path, from its coordinates.
  func bounds(of id: String) -> (minX: Double, minY: Double, maxX: Double, maxY: Double)? {
    guard let group = group(id),
      let shape =
        ((try? group.nodes(forXPath: ".//*[local-name()='polygon' or local-name()='path']")) ?? [])
        .first as? XMLElement
    else { return nil }
    let points = Self.coordinates(of: shape)
    let (xs, ys) = (points.map(\.x), points.map(\.y))
    guard let minX = xs.min(), let maxX = xs.max(), let minY = ys.min(), let maxY = ys.max() else {
      return nil
    }
    return (minX, minY, maxX, maxY)
  }
}
