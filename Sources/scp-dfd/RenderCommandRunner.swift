import ArgumentParser
import DFDLayout
import DFDModel
import Foundation
import OutputEscaping
import ThreatEngine

/// Runs the layout for `render` and turns Graphviz's complaints into messages and exit codes.
enum RenderCommandRunner {
  /// Exit status when Graphviz itself is missing or fails: neither the model nor a gate.
  static let graphvizFailure: Int32 = 3

  /// How many of Graphviz's messages to show (a failing big layout can print thousands).
  static let maxMessages = 10

  /// The rendered diagram; Graphviz warnings go to standard error, failures exit with 3.
  ///
  /// `facts` are the engine's facts about the flows and `numbers` the flows' numbers, both
  /// from the full model, so a focused view draws and numbers every flow as the full one does.
  static func render(
    _ diagram: Diagram, findings: [Finding], facts: [String: FlowFacts], numbers: FlowNumbers,
    options: DiagramOptions, as format: RenderFormat
  ) throws -> Rendering {
    let renderer = DiagramRenderer(
      options: options, budget: .fromEnvironment(ProcessInfo.processInfo.environment))
    do {
      let rendering = try renderer.render(
        diagram, findings: findings, facts: facts, numbers: numbers, as: format)
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
      if !text.isEmpty { Terminal.writeError(text) }
      return rendering
    } catch {
      Terminal.writeError("error: \(error)\n")
      throw ExitCode(graphvizFailure)
    }
  }
}
