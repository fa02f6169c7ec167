import DFDModel
import OutputEscaping

/// Turns a diagram (and optionally its findings) into DOT text for Graphviz's `dot` layout.
///
/// The output is deterministic: the graph is named after the model, nodes come in declaration
/// order under their DSL identifiers, flows carry their numbers in the full model (`FlowNumbers`),
/// and only allowlisted attributes with escaped user text are written.
public struct DOTWriter: Hashable, Sendable {
  public var options: DiagramOptions

  public init(options: DiagramOptions = DiagramOptions()) {
    self.options = options
  }

  /// The DOT text of `diagram`; `findings` give the threat badges (when threats are shown),
  /// `facts` the engine's facts by flow id (a flow without facts is drawn as staying inside
  /// its boundary), `numbers` the flows' numbers (the diagram's own when nil), and `stubs` the
  /// flows to other pages of a split diagram (`DiagramPages`).
  public func write(
    _ diagram: Diagram, findings: [Finding] = [], facts: [String: FlowFacts] = [:],
    numbers: FlowNumbers? = nil, stubs: [FlowStub] = []
  ) -> String {
    let badges = options.showThreats ? ThreatBadge.badges(for: findings, in: diagram) : [:]
    var document = DOTDocument()
    document.open("digraph", name: options.name ?? diagram.info.title ?? "dfd")
    writeGraphAttributes(diagram, into: &document)
    writePageAttributes(into: &document)
    writeDefaults(into: &document)
    for element in diagram.elements {
      writeNode(element, badge: badges[element.id], into: &document)
    }
    writeBoundaries(diagram, badges: badges, into: &document)
    let numbers = numbers ?? FlowNumbers(diagram)
    for flow in diagram.flows where flow.direction != .reverse {
      let shown = numbers.shown(flow.id)
      guard diagram.element(flow.source) != nil, diagram.element(flow.target) != nil,
        !shown.isEmpty
      else { continue }
      let known = facts[flow.id]
      let look = EdgeLook(
        crossing: known?.crossesBoundary ?? false, encrypted: known?.encrypted ?? false)
      writeEdge(flow, numbers: shown, look: look, badge: badges[flow.id], into: &document)
    }
    writeStubs(stubs, numbers: numbers, facts: facts, into: &document)
    document.close()
    return document.text
  }

  /// The DOT text of `write(_:findings:facts:numbers:stubs:)` as UTF-8 bytes, for Graphviz.
  public func utf8(
    _ diagram: Diagram, findings: [Finding] = [], facts: [String: FlowFacts] = [:],
    numbers: FlowNumbers? = nil, stubs: [FlowStub] = []
  ) -> [UInt8] {
    Array(write(diagram, findings: findings, facts: facts, numbers: numbers, stubs: stubs).utf8)
  }

  private func writeGraphAttributes(_ diagram: Diagram, into document: inout DOTDocument) {
    document.attribute(.id, "dfd")
    document.attribute(.class, "dfd")
    document.attribute(.rankdir, token: options.direction.rawValue)
    document.attribute(.fontname, token: DiagramStyle.font)
    document.attribute(.fontcolor, token: DiagramStyle.ink)
    document.attribute(.bgcolor, "white")
    document.attribute(.nodesep, token: nodeSeparation)
    document.attribute(.ranksep, token: rankSeparation)
    // On paper the page's margins frame the drawing: a wide pad only shrank it (by 5 % on
    // the car park's overview, 5.6 -> 5.9 pt).
    document.attribute(.pad, options.page == nil ? "0.3" : "0.05")
    document.attribute(.forcelabels, "true")
    if hasTitleBlock(title: diagram.info.title) {
      let styles = options.legendBoundaryStyles ?? BoundaryStyle.used(by: diagram.boundaries)
      document.htmlAttribute(.label) {
        writeTitleBlock(title: diagram.info.title, boundaries: styles, into: &$0)
      }
      if options.showLegend {
        document.attribute(.labelloc, "b")
      } else {
        document.attribute(.labelloc, "t")
      }
      document.attribute(.labeljust, "l")
    }
    switch options.preset {
    case .full: break
    case .fast, .unranked:
      document.attribute(.mclimit, "0.1")
      document.attribute(.nslimit, "1")
      document.attribute(.nslimit1, "1")
      document.attribute(.searchsize, "10")
      document.attribute(.splines, "polyline")
    case .forceDirected:
      document.attribute(.maxiter, "40")
      document.attribute(.splines, "false")
    }
  }

  private func writeDefaults(into document: inout DOTDocument) {
    document.startDefaults("node")
    document.attribute(.fontname, token: DiagramStyle.font)
    document.attribute(.fontsize, "11")
    document.attribute(.fontcolor, token: DiagramStyle.ink)
    document.attribute(.color, token: DiagramStyle.ink)
    document.attribute(.margin, "0.12,0.06")
    document.endStatement()
    document.startDefaults("edge")
    document.attribute(.fontname, token: DiagramStyle.font)
    document.attribute(.fontsize) { $0.number(DiagramStyle.flowFontSize) }
    document.attribute(.fontcolor, token: DiagramStyle.ink)
    document.attribute(.arrowsize, "0.8")
    document.endStatement()
  }
}
