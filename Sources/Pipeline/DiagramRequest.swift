import DFDLayout
import DFDModel
import Foundation
import ThreatEngine

/// What `render` is asked to draw of a valid model: the part (`focus`, `depth`), the view
/// (whole, or the overview), the attack paths, and how (direction, badges, legend, effort).
package struct DiagramRequest {
  /// How many attack paths `paths` draws, shortest first.
  package static let pathsDrawn = 5

  package var direction: DiagramOptions.Direction = .leftToRight
  package var showThreats = true
  package var showLegend = true
  /// The element or boundary whose neighbourhood to draw, `depth` flows away.
  package var focus: String?
  package var depth = 1
  package var overview = false
  /// Whether the view is printed (`render --page`): `PagedRenderer` then makes the overview,
  /// trying the elements outside every boundary as one node where they print too small.
  package var onPaper = false
  /// Whether to highlight the shortest attack paths.
  package var paths = false
  /// The fast preset (true), the full one (false), or the one the layout cost calls for (nil).
  package var fast: Bool?

  package init() {}

  /// What to draw, ready for `DiagramDrawer`, and the attack paths it highlights.
  package struct View {
    package var diagram: Diagram
    package var findings: [Finding]
    package var facts: [String: FlowFacts]
    package var numbers: FlowNumbers
    package var options: DiagramOptions
    package var paths: [AttackPath]

    /// Each highlighted path as `render --paths` lists it: `P1 from the internet: a → b`.
    package var pathLines: [String] {
      paths.enumerated().map { number, path in
        "P\(number + 1) from the \(path.entry.rawValue): " + path.elements.joined(separator: " → ")
      }
    }
  }

  /// The view of `loaded` this request asks for; a failure (exit 2) when the options conflict,
  /// `focus` names nothing, or `paths` finds none.
  package func view(of loaded: ValidModel) throws(PipelineFailure) -> View {
    if overview && (focus != nil || paths) {
      throw OutputTarget<RenderFormat>.fail(
        "--overview draws the whole model: drop --focus and --paths")
    }
    var diagram = try focused(loaded)
    var findings = showThreats ? loaded.analyze().findings : []
    var facts = loaded.flowFacts()
    var numbers = FlowNumbers(loaded.diagram)
    if overview && !onPaper {
      let view = DiagramView.overview(
        of: diagram, findings: findings, facts: facts, numbers: numbers)
      (diagram, findings, facts, numbers) = (view.diagram, view.findings, view.facts, view.numbers)
    }
    var options = DiagramOptions(
      direction: direction, showThreats: showThreats, showLegend: showLegend,
      name: URL(fileURLWithPath: loaded.path).deletingPathExtension().lastPathComponent)
    options.preset = fast.map { $0 ? .fast : .full } ?? LayoutCost(diagram).preset
    let found = try paths ? attackPaths(loaded) : []
    if paths { options.attackPaths = found }
    return View(
      diagram: diagram, findings: findings, facts: facts, numbers: numbers, options: options,
      paths: found)
  }

  /// `view` laid out and rendered as `format`.
  package func draw(_ view: View, as format: RenderFormat) throws(PipelineFailure)
    -> DiagramDrawer.Drawing
  {
    try DiagramDrawer.draw(
      view.diagram, findings: view.findings, facts: view.facts, numbers: view.numbers,
      options: view.options, as: format)
  }

  /// The attack paths to draw; a failure when there are none.
  private func attackPaths(_ loaded: ValidModel) throws(PipelineFailure) -> [AttackPath] {
    let found = Array(loaded.attackPaths().prefix(Self.pathsDrawn))
    guard !found.isEmpty else {
      throw OutputTarget<RenderFormat>.fail(
        "--paths: no path leads from the internet or a supplier to a safety-critical element "
          + "in \(loaded.path) (mark equipment `safety-critical` to find them)")
    }
    return found
  }

  private func focused(_ loaded: ValidModel) throws(PipelineFailure) -> Diagram {
    guard let focus else { return loaded.diagram }
    guard let part = loaded.diagram.focused(on: focus, depth: depth) else {
      let diagram = loaded.diagram
      var labels: [String: String] = [:]
      for element in diagram.elements { labels[element.id] = element.label }
      for boundary in diagram.boundaries { labels[boundary.id] = boundary.label }
      throw .unknownName(
        option: "--focus", what: "element or boundary", name: focus, in: "in \(loaded.path)",
        candidates: diagram.elements.map(\.id) + diagram.boundaries.map(\.id), labels: labels)
    }
    return part
  }
}
