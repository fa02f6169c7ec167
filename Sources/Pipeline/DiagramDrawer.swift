import DFDLayout
import DFDModel
import Foundation
import OutputEscaping
import ThreatEngine

/// Lays a diagram out and renders it, turning Graphviz's complaints into warning text and
/// its failures into a `PipelineFailure` with exit status 3.
package enum DiagramDrawer {
  /// Exit status when Graphviz itself is missing or fails: neither the model nor a gate.
  package static let graphvizFailure: Int32 = 3

  /// How many of Graphviz's messages to show (a failing big layout can print thousands).
  static let maxMessages = 10

  /// A rendered diagram and the warnings to show about it (empty, or whole lines).
  package struct Drawing {
    package var rendering: Rendering
    package var warnings: String
  }

  /// The rendered diagram and its warnings; throws a `PipelineFailure` (status 3) when
  /// Graphviz fails.
  ///
  /// `facts` are the engine's facts about the flows and `numbers` the flows' numbers, both
  /// from the full model, so a focused view draws and numbers every flow as the full one does.
  /// `budget` is the layout's time budget (by default, `SCP_DFD_LAYOUT_BUDGET`'s or the usual).
  package static func draw(
    _ diagram: Diagram, findings: [Finding], facts: [String: FlowFacts], numbers: FlowNumbers,
    options: DiagramOptions, as format: RenderFormat,
    budget: LayoutBudget = .fromEnvironment(ProcessInfo.processInfo.environment)
  ) throws(PipelineFailure) -> Drawing {
    let renderer = DiagramRenderer(options: options, budget: budget)
    do {
      let rendering = try renderer.render(
        diagram, findings: findings, facts: facts, numbers: numbers, as: format)
      return Drawing(rendering: rendering, warnings: warnings(about: rendering))
    } catch {
      throw PipelineFailure(
        text: Escaping.terminal("error: \(error)\n", keepingLineBreaks: true),
        status: graphvizFailure)
    }
  }

  /// Graphviz's messages (at most `maxMessages`), a fallback and a degraded layout, as
  /// `warning:` lines.
  package static func warnings(about rendering: Rendering) -> String {
    let shown = rendering.messages.prefix(maxMessages)
    var text = shown.map { "warning: graphviz: \(Escaping.terminal($0))\n" }.joined()
    if rendering.messages.count > shown.count {
      text += "warning: graphviz: … and \(rendering.messages.count - shown.count) more messages\n"
    }
    if let fallback = rendering.fallback {
      text += "warning: layout: \(fallback) (see docs/performance.md, layout budget)\n"
    }
    if rendering.isDegraded {
      text += "warning: Graphviz reported layout errors; the diagram may be incomplete\n"
    }
    return text
  }
}
