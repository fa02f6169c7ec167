import DFDModel
import OutputEscaping

/// Turns a diagram (and optionally its findings) into DOT text for Graphviz's `dot` layout.
///
/// The output is deterministic: the graph is named after the model, nodes come in declaration
/// order under their DSL identifiers, flows are numbered 1...n in declaration order, and only
/// allowlisted attributes with escaped user text are written.
public struct DOTWriter: Hashable, Sendable {
  public var options: DiagramOptions
  public var security: FlowSecurity

  public init(options: DiagramOptions = DiagramOptions(), security: FlowSecurity = FlowSecurity()) {
    self.options = options
    self.security = security
  }

  /// The DOT text of `diagram`; `findings` give the threat badges (when threats are shown).
  public func write(_ diagram: Diagram, findings: [Finding] = []) -> String {
    let badges = options.showThreats ? ThreatBadge.badges(for: findings, in: diagram) : [:]
    var document = DOTDocument()
    let name = options.name ?? diagram.info.title ?? "dfd"
    document.open("digraph " + Escaping.dotString(name))
    document.appendStatements(graphAttributes(diagram))
    document.append("node", nodeDefaults)
    document.append("edge", edgeDefaults)
    for element in diagram.elements {
      document.append(nodeName(element.id), nodeAttributes(element, badge: badges[element.id]))
    }
    writeBoundaries(diagram, badges: badges, into: &document)
    for (offset, flow) in diagram.drawnFlows.enumerated() {
      guard diagram.element(flow.source) != nil, diagram.element(flow.target) != nil else {
        continue
      }
      let attributes = edgeAttributes(flow, number: offset + 1, in: diagram, badge: badges[flow.id])
      document.append(nodeName(flow.source) + " -> " + nodeName(flow.target), attributes)
    }
    document.close()
    return document.text
  }

  /// A node's DOT name: the quoted DSL identifier.
  func nodeName(_ id: String) -> String { Escaping.dotString(id) }

  private func graphAttributes(_ diagram: Diagram) -> DOTAttributes {
    var attributes = DOTAttributes()
    attributes.set(.id, token: "dfd")
    attributes.set(.class, token: "dfd")
    attributes.set(.rankdir, token: options.direction.rawValue)
    attributes.set(.fontname, token: DiagramStyle.font)
    attributes.set(.fontcolor, token: DiagramStyle.ink)
    attributes.set(.bgcolor, token: "white")
    attributes.set(.nodesep, token: DiagramStyle.nodeSeparation)
    attributes.set(.ranksep, token: DiagramStyle.rankSeparation)
    attributes.set(.pad, token: "0.3")
    attributes.set(.forcelabels, token: "true")
    if let block = titleBlock(title: diagram.info.title) {
      attributes.set(.label, .html(block))
      attributes.set(.labelloc, token: options.showLegend ? "b" : "t")
      attributes.set(.labeljust, token: "l")
    }
    if options.fast {
      attributes.set(.mclimit, token: "0.1")
      attributes.set(.nslimit, token: "1")
      attributes.set(.nslimit1, token: "1")
      attributes.set(.searchsize, token: "10")
    }
    return attributes
  }

  private var nodeDefaults: DOTAttributes {
    var attributes = DOTAttributes()
    attributes.set(.fontname, token: DiagramStyle.font)
    attributes.set(.fontsize, token: "11")
    attributes.set(.fontcolor, token: DiagramStyle.ink)
    attributes.set(.color, token: DiagramStyle.ink)
    attributes.set(.margin, token: "0.12,0.06")
    return attributes
  }

  private var edgeDefaults: DOTAttributes {
    var attributes = DOTAttributes()
    attributes.set(.fontname, token: DiagramStyle.font)
    attributes.set(.fontsize, token: String(DiagramStyle.flowFontSize))
    attributes.set(.fontcolor, token: DiagramStyle.ink)
    attributes.set(.arrowsize, token: "0.8")
    return attributes
  }
}
