import DFDModel

/// The overview of a diagram for a report's first page: each top-level boundary collapsed to
/// one node that counts its elements and carries the findings of everything inside, and the
/// flows between two nodes, either way, merged into one that lists their numbers (with two
/// arrowheads when they run both ways).
///
/// It only regroups what it is given: the findings and the engine's flow facts of the full
/// diagram, and the full diagram's flow numbers, so a flow keeps its number in this view too.
public struct OverviewView: Sendable {
  public var diagram: Diagram
  public var findings: [Finding]
  public var facts: [String: FlowFacts]
  public var numbers: FlowNumbers

  /// The node that stands for the elements outside every boundary when they are collapsed (a
  /// DSL identifier never contains `:`, so it cannot clash with one).
  public static let outsideNode = "boundaries:outside"

  /// With `collapsesOutside`, the elements outside every boundary are one node too.
  public init(
    _ full: Diagram, findings: [Finding], facts: [String: FlowFacts], numbers: FlowNumbers,
    collapsesOutside: Bool = false
  ) {
    var node: [String: String] = [:]  // element id -> the node that stands for it
    var counts: [String: Int] = [:]
    for element in full.elements {
      let loose = collapsesOutside ? Self.outsideNode : element.id
      let top = full.boundaryChain(from: element.boundary).last?.id ?? loose
      node[element.id] = top
      counts[top, default: 0] += 1
    }
    var view = Diagram(info: full.info, data: full.data)
    for boundary in full.boundaries where boundary.parent == nil && counts[boundary.id] != nil {
      let count = counts[boundary.id] ?? 0
      let type = boundary.attributes.text("type") ?? "boundary"
      view.add(
        Element(
          id: boundary.id, kind: type, category: .process,
          label: "\(boundary.label ?? boundary.id) (\(count) element\(count == 1 ? "" : "s"))"))
    }
    if collapsesOutside, let count = counts[Self.outsideNode] {
      view.add(
        Element(
          id: Self.outsideNode, kind: "no boundary", category: .external,
          label: "Outside the boundaries (\(count) element\(count == 1 ? "" : "s"))"))
    } else {
      for element in full.elements where element.boundary == nil { view.add(element) }
    }

    // Flows between two nodes, either way, merged in order of first appearance: two flows
    // running opposite ways side by side crossed each other's labels (street-lighting's
    // overview on A4: 8 labels crossed).
    var order: [String] = []
    var members: [String: [Flow]] = [:]
    var merged: [String: String] = [:]  // flow id -> merged flow id
    for flow in full.drawnFlows {
      guard let source = node[flow.source], let target = node[flow.target], source != target
      else { continue }
      let key = source < target ? "\(source)<->\(target)" : "\(target)<->\(source)"
      if members[key] == nil { order.append(key) }
      members[key, default: []].append(flow)
      merged[flow.id] = key
      if let pair = flow.pair { merged[pair] = key }
    }
    var numbered: [String: Int] = [:]
    var lists: [String: [Int]] = [:]
    var mergedFacts: [String: FlowFacts] = [:]
    for key in order {
      let flows = members[key] ?? []
      let list = flows.compactMap { numbers[$0.id] }
      let id = flows.count == 1 ? flows[0].id : key
      let bothWays = flows.contains { $0.isTwoWay || node[$0.source] != node[flows[0].source] }
      let label =
        flows.count == 1
        ? flows[0].label
        : "\(flows.count) flows: " + FlowNumbers.listed(list)
      view.add(
        Flow(
          id: id, source: node[flows[0].source] ?? "", target: node[flows[0].target] ?? "",
          label: label, attributes: flows.count == 1 ? flows[0].attributes : [:],
          direction: flows.count == 1 ? flows[0].direction : bothWays ? .forward : .oneWay))
      numbered[id] = list.min()
      if flows.count > 1 { lists[id] = list.sorted() }
      let memberFacts = flows.compactMap { facts[$0.id] }
      mergedFacts[id] = FlowFacts(
        crossesBoundary: memberFacts.contains(where: \.crossesBoundary),
        encrypted: memberFacts.allSatisfy(\.encrypted))
      for flow in flows { merged[flow.id] = id }
    }
    diagram = view
    self.facts = mergedFacts
    self.numbers = FlowNumbers(numbers: numbered, members: lists)
    // Each finding moves to what stands for its target in the view.
    self.findings = findings.compactMap { finding in
      var moved = finding
      switch finding.targetKind {
      case .element:
        guard let target = node[finding.target] else { return nil }
        moved.target = target
      case .flow:
        if let target = merged[finding.target] {
          moved.target = target
        } else if let flow = full.flow(finding.target), let target = node[flow.source] {
          moved.target = target  // inside one node: the node carries it
          moved.targetKind = .element
        } else {
          return nil
        }
      case .boundary:
        guard let top = full.boundaryChain(from: finding.target).last?.id else { return nil }
        moved.target = top
        moved.targetKind = .element
      }
      return moved
    }
  }
}
