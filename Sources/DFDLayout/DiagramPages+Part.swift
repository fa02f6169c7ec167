import DFDModel

extension DiagramPages {
  /// The elements drawn on one page: those inside a boundary (all of them, or only those
  /// directly in it once its nested boundaries have pages of their own), or those outside every
  /// boundary.
  public struct Part: Hashable, Sendable {
    /// The boundary the page is about; nil for the elements outside every boundary.
    public var boundary: String?
    /// The ids of the elements on the page, in declaration order.
    public var elements: [String]

    public init(boundary: String?, elements: [String]) {
      self.boundary = boundary
      self.elements = elements
    }

    /// One part per top-level boundary that holds an element, in declaration order, then one
    /// for the elements outside every boundary.
    public static func topLevel(of diagram: Diagram) -> [Part] {
      var members: [String: [String]] = [:]
      var outside: [String] = []
      for element in diagram.elements {
        if let top = diagram.enclosingBoundaries(of: element).last?.id {
          members[top, default: []].append(element.id)
        } else {
          outside.append(element.id)
        }
      }
      var parts: [Part] = diagram.boundaries.compactMap { boundary in
        members[boundary.id].map { Part(boundary: boundary.id, elements: $0) }
      }
      if !outside.isEmpty { parts.append(Part(boundary: nil, elements: outside)) }
      return parts
    }

    /// The part split by the boundaries nested directly in its boundary.
    ///
    /// One part per nested boundary that holds an element of this one, and one for the
    /// elements directly in it. A boundary that only wraps one nested boundary is looked through. Nil when nothing
    /// nested is left to split by.
    public func split(in diagram: Diagram) -> [Part]? {
      guard let boundary else { return nil }
      var groups: [String: [String]] = [:]
      var direct: [String] = []
      for id in elements {
        let chain = diagram.boundaryChain(from: diagram.element(id)?.boundary)
        if let child = chain.first(where: { $0.parent == boundary }) {
          groups[child.id, default: []].append(id)
        } else {
          direct.append(id)
        }
      }
      var parts: [Part] = diagram.boundaries.compactMap { nested in
        groups[nested.id].map { Part(boundary: nested.id, elements: $0) }
      }
      if parts.isEmpty { return nil }
      if !direct.isEmpty { parts.insert(Part(boundary: boundary, elements: direct), at: 0) }
      if parts.count == 1 { return parts[0].split(in: diagram) }
      return parts
    }

    /// `Depot › Cabinets` for a nested boundary, `Outside the boundaries` without one.
    public func title(in diagram: Diagram) -> String {
      guard boundary != nil else { return "Outside the boundaries" }
      return diagram.boundaryChain(from: boundary).reversed().map(\.displayName)
        .joined(separator: " › ")
    }
  }
}
