import DFDLayout
import DFDModel

/// A view of a model besides the full diagram.
///
/// The overview (each top-level boundary as one node), or one top-level boundary with the
/// elements one flow away. Each view keeps the full diagram's findings, engine facts and flow
/// numbers, so a flow has one number in all of them.
package struct DiagramView {
  /// What the view shows: `Overview`, `Depot (12 elements) and its neighbours`.
  package var title: String
  package var diagram: Diagram
  package var findings: [Finding]
  package var facts: [String: FlowFacts]
  package var numbers: FlowNumbers
  /// Whether this is the overview, which is read on its own (a boundary's view is read beside
  /// the full diagram and its legend).
  package var isOverview = false

  /// The overview of `diagram` (`render --overview`).
  package static func overview(
    of diagram: Diagram, findings: [Finding], facts: [String: FlowFacts], numbers: FlowNumbers
  ) -> DiagramView {
    let view = OverviewView(diagram, findings: findings, facts: facts, numbers: numbers)
    return DiagramView(
      title: "Overview", diagram: view.diagram, findings: view.findings, facts: view.facts,
      numbers: view.numbers, isOverview: true)
  }

  /// The overview, then (with `boundaries`) each top-level boundary holding at least
  /// `minimumElements` elements, with its neighbours; none when fewer than two top-level
  /// boundaries hold elements (the full diagram is then the overview).
  package static func all(
    of diagram: Diagram, findings: [Finding], facts: [String: FlowFacts], numbers: FlowNumbers,
    boundaries: Bool = true, minimumElements: Int = 3
  ) -> [DiagramView] {
    var inside: [String: Int] = [:]  // top-level boundary id -> elements within it
    for element in diagram.elements {
      if let top = diagram.boundaryChain(from: element.boundary).last {
        inside[top.id, default: 0] += 1
      }
    }
    guard inside.count >= 2 else { return [] }
    var views = [overview(of: diagram, findings: findings, facts: facts, numbers: numbers)]
    if !boundaries {
      views[0].title +=
        " (a model this size gets no per-boundary views here: "
        + "scp-dfd render MODEL --focus BOUNDARY draws one)"
    }
    for boundary in diagram.boundaries where boundaries && boundary.parent == nil {
      let count = inside[boundary.id] ?? 0
      guard count >= minimumElements, let part = diagram.focused(on: boundary.id, depth: 1)
      else { continue }
      views.append(
        DiagramView(
          title: "\(boundary.label ?? boundary.id) (\(count) elements) and its neighbours",
          diagram: part, findings: findings, facts: facts, numbers: numbers))
    }
    return views
  }
}
