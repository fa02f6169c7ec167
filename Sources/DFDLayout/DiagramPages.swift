import DFDModel

/// A diagram split into pages for printing: one page per group of parts (`DiagramPages.Part`,
/// usually one part a page), each with the flows to and from other pages drawn as stubs that
/// name the other end and its page.
///
/// The overview is page 1 (`PagedRenderer` draws it), and the legend page 2 when it has a page
/// of its own, so the group at index `i` is page `i + firstPage`.
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

  /// The pages of `diagram`, one per group of parts, the first numbered `firstPage`.
  public init(_ diagram: Diagram, groups: [[Part]], firstPage: Int = 2) {
    self.groups = groups
    let numbering = Numbering(diagram, groups: groups, firstPage: firstPage)
    pages = groups.indices.map { numbering.page($0, of: diagram) }
  }

  /// Which page each element is on and what each part is called, so that any one page of a
  /// split can be made without the others (`PagedRenderer` measures pieces one at a time).
  struct Numbering {
    let groups: [[Part]]
    let firstPage: Int
    let pageOf: [String: Int]
    let titles: [Part: PartTitle]

    init(_ diagram: Diagram, groups: [[Part]], firstPage: Int) {
      self.groups = groups
      self.firstPage = firstPage
      var pageOf: [String: Int] = [:]
      for (index, group) in groups.enumerated() {
        for part in group {
          for id in part.elements { pageOf[id] = index + firstPage }
        }
      }
      self.pageOf = pageOf
      titles = DiagramPages.titles(of: groups.flatMap { $0 }, in: diagram)
    }

    /// The page of the group at `index` (page `index + firstPage`).
    func page(_ index: Int, of diagram: Diagram) -> Page {
      let page = index + firstPage
      let group = groups[index]
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
      let named = group.compactMap { titles[$0] }
      var heading = "p. \(page): " + (named.first?.shortNumbered ?? "")
      if named.count > 1 { heading += " and \(named.count - 1) more" }
      var view = DiagramPages.view(of: part, in: diagram)
      view.info.title = heading
      return Page(
        title: DiagramPages.pageTitle(named), heading: heading, diagram: view, stubs: stubs)
    }
  }

  /// What a part is called: `Depot › Cabinets`, `Cabinets` for short, and which of the parts
  /// sharing that name it is (a boundary split in two and more).
  struct PartTitle {
    var full: String
    var short: String
    var piece: (index: Int, count: Int)?

    /// `Depot (2 of 3)`, or the name alone.
    var numbered: String { full + suffix }
    var shortNumbered: String { short + suffix }
    private var suffix: String { piece.map { " (\($0.index) of \($0.count))" } ?? "" }
  }

  /// Each part's title, numbered where several parts share one.
  static func titles(of parts: [Part], in diagram: Diagram) -> [Part: PartTitle] {
    let full = parts.map { $0.title(in: diagram) }
    var counts: [String: Int] = [:]
    for title in full { counts[title, default: 0] += 1 }
    var seen: [String: Int] = [:]
    var titles: [Part: PartTitle] = [:]
    for (part, title) in zip(parts, full) {
      var entry = PartTitle(
        full: title, short: part.boundary.flatMap(diagram.boundary)?.displayName ?? title)
      if let count = counts[title], count > 1 {
        seen[title, default: 0] += 1
        entry.piece = (seen[title] ?? 1, count)
      }
      titles[part] = entry
    }
    return titles
  }

  /// A page's title: its parts' titles joined by ` · `, with running pieces of one boundary
  /// as one (`Depot (2–3 of 4)`, `Depot` for all of them).
  static func pageTitle(_ titles: [PartTitle]) -> String {
    var names: [String] = []
    var index = 0
    while index < titles.count {
      var end = index
      while end + 1 < titles.count, titles[end + 1].full == titles[index].full,
        let next = titles[end + 1].piece, let last = titles[end].piece, next.index == last.index + 1
      {
        end += 1
      }
      if end > index, let first = titles[index].piece, let last = titles[end].piece {
        let all = first.index == 1 && last.index == first.count
        names.append(
          titles[index].full + (all ? "" : " (\(first.index)–\(last.index) of \(first.count))"))
      } else {
        names.append(titles[index].numbered)
      }
      index = end + 1
    }
    return names.joined(separator: " · ")
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
