import DFDModel
import OutputEscaping

/// A flow drawn on one page of a split diagram whose other end is on another page: a short
/// edge to a label such as `→ 12. to Route SaaS, p. 3`.
public struct FlowStub: Hashable, Sendable {
  /// The flow (its forward half when two-way).
  public var flow: Flow
  /// The end on this page: the flow's source when the flow leaves the page.
  public var leaves: Bool
  /// The display name of the element at the other end.
  public var otherName: String
  /// The page that element is drawn on, counting from 1.
  public var otherPage: Int

  /// The flow's end on this page.
  public var end: String { leaves ? flow.source : flow.target }

  public init(flow: Flow, leaves: Bool, otherName: String, otherPage: Int) {
    self.flow = flow
    self.leaves = leaves
    self.otherName = otherName
    self.otherPage = otherPage
  }
}

extension DOTWriter {
  /// `nodesep`: tighter on paper while `packsTightly`.
  var nodeSeparation: String {
    options.page != nil && options.packsTightly
      ? DiagramStyle.paperNodeSeparation : DiagramStyle.nodeSeparation
  }

  /// `ranksep`: tighter on paper while `packsTightly`, tighter still in `largePrint`.
  var rankSeparation: String {
    guard options.page != nil && options.packsTightly else { return DiagramStyle.rankSeparation }
    return options.largePrint
      ? DiagramStyle.largePrintRankSeparation : DiagramStyle.paperRankSeparation
  }

  /// The size of secondary text, in points (`DiagramOptions.largePrint`).
  var detailFontSize: Int { options.largePrint ? 9 : 8 }

  /// `size` for the paper of `options.page`, so Graphviz scales the drawing down to fit it.
  ///
  /// Graphviz's PDF device adds a half-inch margin of its own; on paper it is zero, so the
  /// page's drawing is placed at the scale that `size` (and the measurement) gave it.
  func writePageAttributes(into document: inout DOTDocument) {
    guard let page = options.page else { return }
    document.attribute(.margin, "0")
    if options.scalesToPage { document.attribute(.size, token: page.graphvizSize) }
  }

  /// The stubs as two lists, `From other pages` and `To other pages`.
  ///
  /// One row per flow, and each flow drawn as an edge between its end on this page and its
  /// list. Two lists keep a page compact, where one node per stub made long ranks. Top to
  /// bottom, a list stands before or after the elements, or beside them (`stubLists`).
  func writeStubs(
    _ stubs: [FlowStub], numbers: FlowNumbers, facts: [String: FlowFacts],
    into document: inout DOTDocument
  ) {
    var order: [String] = []
    var groups: [String: [(FlowStub, Int)]] = [:]
    for stub in stubs {
      guard let number = numbers[stub.flow.id] else { continue }
      // A DSL identifier never contains `:`, so this name cannot clash with an element.
      let node = stub.leaves ? "stubs:out" : "stubs:in"
      if groups[node] == nil { order.append(node) }
      groups[node, default: []].append((stub, number))
    }
    for node in order {
      let list = groups[node] ?? []
      let leaves = list[0].0.leaves
      document.startNode(node)
      document.attribute(.id, leaves ? "stubs-out" : "stubs-in")
      document.attribute(.class, "flow-stub")
      document.attribute(.shape, "plaintext")
      // Without a margin round the drawn list, the flows end on its border, not 4-8 points off.
      document.attribute(.margin, "0")
      document.htmlAttribute(.label) { label in
        label.table("BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\"") {
          $0.markup("<TR><TD ALIGN=\"LEFT\">")
          $0.font(
            leaves ? "To other pages" : "From other pages", size: detailFontSize,
            colour: DiagramStyle.mutedInk, bold: true)
          $0.markup("</TD></TR>")
          for text in Self.stubRows(list, compact: options.compactStubLists) {
            $0.markup("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">")
            for (line, part) in DOTText.wrapped(text, width: 30).enumerated() {
              if line > 0 { $0.markup("<BR/>") }
              $0.font(part, size: 9)
            }
            $0.markup("</TD></TR>")
          }
        }
      }
      document.endStatement()
      let besides =
        options.stubLists == .beside || (leaves && options.stubLists == .outgoingBeside)
      let beside =
        options.direction == .topToBottom && besides ? Self.busiestEnd(of: list.map(\.0)) : nil
      for (stub, _) in list {
        let ranking: StubRanking =
          beside == nil ? .ranked : beside == stub.end ? .levelOrRanked : .none
        writeStubEdge(stub, node: node, facts: facts, ranking: ranking, into: &document)
      }
    }
  }

  /// How a stub's edge ranks its list against the flow's end on this page.
  private enum StubRanking {
    /// As a flow does: the list of flows going out after the end, the other before it.
    case ranked
    /// As a flow does, or level with the end.
    case levelOrRanked
    /// The edge leaves the ranks alone.
    case none
  }

  /// The element at the page's end of the most of `stubs`, the first listed among equals.
  private static func busiestEnd(of stubs: [FlowStub]) -> String? {
    var order: [String] = []
    var counts: [String: Int] = [:]
    for stub in stubs {
      if counts[stub.end] == nil { order.append(stub.end) }
      counts[stub.end, default: 0] += 1
    }
    // `max(by:)` keeps the first of equals.
    return order.max { counts[$0, default: 0] < counts[$1, default: 0] }
  }

  /// The edge from a flow's end on this page to its row in a stub list, drawn as the flow is.
  private func writeStubEdge(
    _ stub: FlowStub, node: String, facts: [String: FlowFacts], ranking: StubRanking,
    into document: inout DOTDocument
  ) {
    let known = facts[stub.flow.id]
    if stub.leaves {
      document.startEdge(stub.flow.source, node)
    } else {
      document.startEdge(node, stub.flow.target)
    }
    document.attribute(.id) {
      $0.markup("flow-")
      $0.slug(stub.flow.id)
    }
    if known?.crossesBoundary == true && known?.encrypted == false {
      document.attribute(.class, "flow crossing unencrypted")
      document.attribute(.color, token: DiagramStyle.unencryptedColour)
      document.attribute(.style, "dashed")
      document.attribute(.penwidth, "3")
    } else {
      document.attribute(.class, "flow crossing")
      document.attribute(.color, token: DiagramStyle.crossingColour)
      document.attribute(.penwidth, "2.4")
    }
    if stub.flow.isTwoWay { document.attribute(.dir, "both") }
    switch ranking {
    case .ranked: break
    case .levelOrRanked: document.attribute(.minlen, "0")
    case .none: document.attribute(.constraint, "false")
    }
    document.endStatement()
  }

  /// A stub list's rows: one per flow (`stubText`), or with `compact`, one per name shared by
  /// several flows, listing their numbers and pages: `← Security events, 3 flows: 314 p. 33,
  /// 317 p. 34, 353 p. 31`.
  static func stubRows(_ list: [(FlowStub, Int)], compact: Bool) -> [String] {
    guard compact else { return list.map { stubText($0.0, number: $0.1) } }
    var names: [String?] = []
    var flows: [String?: [(FlowStub, Int)]] = [:]
    for item in list {
      let name = item.0.flow.label
      if flows[name] == nil { names.append(name) }
      flows[name, default: []].append(item)
    }
    return names.flatMap { name -> [String] in
      let shared = flows[name] ?? []
      guard let name, shared.count > 1 else { return shared.map { stubText($0.0, number: $0.1) } }
      let arrow = shared[0].0.leaves ? "→ " : "← "
      let places = shared.map { "\($0.1)\u{00A0}p.\u{00A0}\($0.0.otherPage)" }
      return [arrow + name + ", \(shared.count) flows: " + places.joined(separator: ", ")]
    }
  }

  /// `→ 12. Readings to Route SaaS, p. 3`, or `← 7. Orders from Depot, p. 2`.
  static func stubText(_ stub: FlowStub, number: Int) -> String {
    let label = stub.flow.label.map { $0 + " " } ?? ""
    let arrow = stub.leaves ? "→ " : "← "
    let direction = stub.leaves ? "to " : "from "
    return arrow + "\(number). " + label + direction + stub.otherName
      + ", p.\u{00A0}\(stub.otherPage)"
  }
}
