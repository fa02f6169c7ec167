import DFDModel

/// A diagram split into pages for printing: one page per group of parts (`DiagramPages.Part`,
/// usually one part a page), each with the flows to and from other pages drawn as stubs that
/// name the other end and its page.
///
/// The overview is page 1 (`PagedRenderer` draws it), so the group at index `i` is page `i + 2`.
public struct DiagramPages: Hashable, Sendable {
  /// One page's content.
  public struct Page: Hashable, Sendable {
    /// What the page shows, for messages: a boundary's name (`Depot › Cabinets` when nested)
    /// or `Outside the boundaries`, several joined by ` · `.
    public var title: String
    /// The heading drawn on the page, kept short: the widest text sets a small page's scale.
    ///
    /// `p. 3: Cabinets` names the innermost boundary (those around it are drawn and named);
    /// `p. 3: Depot and 2 more` a group.
    public var heading: String
    /// The part's elements, the boundaries around them, and the flows between them.
    public var diagram: Diagram
    /// The flows to and from other pages.
    public var stubs: [FlowStub]
  }

  /// The parts on each page, in order, and the pages.
  public var groups: [[Part]]
  public var pages: [Page]

  /// The pages of `diagram` split by its top-level boundaries.
  public init(_ diagram: Diagram) {
    self.init(diagram, parts: Part.topLevel(of: diagram))
  }

  /// The pages of `diagram` split into `parts`, one a page; the parts must cover each element
  /// exactly once.
  public init(_ diagram: Diagram, parts: [Part]) {
    self.init(diagram, groups: parts.map { [$0] })
  }

  /// The pages of `diagram`, one per group of parts.
  public init(_ diagram: Diagram, groups: [[Part]]) {
    self.groups = groups
    var pageOf: [String: Int] = [:]
    for (index, group) in groups.enumerated() {
      for part in group {
        for id in part.elements { pageOf[id] = index + 2 }
      }
    }
    pages = groups.enumerated().map { index, group in
      let page = index + 2
      var stubs: [FlowStub] = []
      for flow in diagram.drawnFlows {
        guard let from = pageOf[flow.source], let to = pageOf[flow.target], from != to,
          from == page || to == page,
          let other = diagram.element(from == page ? flow.target : flow.source)
        else { continue }
        stubs.append(
          FlowStub(
            flow: flow, leaves: from == page, otherName: other.displayName,
            otherPage: from == page ? to : from))
      }
      let part = Part(boundary: nil, elements: group.flatMap(\.elements))
      let titles = group.map { $0.title(in: diagram) }
      let first = group.first.flatMap { $0.boundary.flatMap(diagram.boundary) }
      var heading = "p. \(page): " + (first?.displayName ?? titles.first ?? "")
      if titles.count > 1 { heading += " and \(titles.count - 1) more" }
      var view = Self.view(of: part, in: diagram)
      view.info.title = heading
      return Page(
        title: titles.joined(separator: " · "), heading: heading, diagram: view, stubs: stubs)
    }
  }

  /// The part's elements, the boundaries that enclose them, and the flows between them.
  static func view(of part: Part, in diagram: Diagram) -> Diagram {
    let kept = Set(part.elements)
    var boundaries = Set<String>()
    for element in diagram.elements where kept.contains(element.id) {
      for boundary in diagram.enclosingBoundaries(of: element) { boundaries.insert(boundary.id) }
    }
    var view = Diagram(info: diagram.info, data: diagram.data, triage: diagram.triage)
    for boundary in diagram.boundaries where boundaries.contains(boundary.id) {
      view.add(boundary)
    }
    for element in diagram.elements where kept.contains(element.id) { view.add(element) }
    for flow in diagram.flows where kept.contains(flow.source) && kept.contains(flow.target) {
      view.add(flow)
    }
    return view
  }
}
