import DFDModel
import OutputEscaping

/// Draws a diagram in one call: DOT text from `DOTWriter`, then layout and rendering by
/// `GraphvizRenderer` (DOT output skips Graphviz).
public struct DiagramRenderer: Hashable, Sendable {
  public var writer: DOTWriter

  public init(options: DiagramOptions = DiagramOptions()) {
    writer = DOTWriter(options: options)
  }

  /// `diagram` as `format`, with badges from `findings` when the options show threats, flows
  /// drawn from the engine's `facts` and numbered by `numbers` (see `DOTWriter.write`).
  public func render(
    _ diagram: Diagram, findings: [Finding] = [], facts: [String: FlowFacts] = [:],
    numbers: FlowNumbers? = nil, as format: RenderFormat
  ) throws(GraphvizError) -> Rendering {
    try GraphvizRenderer().render(
      dotUTF8: writer.utf8(diagram, findings: findings, facts: facts, numbers: numbers),
      as: format)
  }

  /// Lets Graphviz set itself up for `format` in the background while the caller analyses and
  /// writes DOT: a two-node graph in the diagram's font, with an HTML label and an edge.
  public static func warmUp(for format: RenderFormat) {
    let font = Escaping.dotString(DiagramStyle.font)
    GraphvizRenderer.warmUp(
      for: format,
      dot: "digraph { node [fontname=\(font)] edge [fontname=\(font)] "
        + "a [label=<<B>a</B> b>] a -> b [xlabel=<<FONT POINT-SIZE=\"8\">c</FONT>>] }")
  }

  /// Waits for a warm-up started by `warmUp(for:)` to finish (before the process exits).
  public static func finishWarmUp() {
    GraphvizRenderer.finishWarmUp()
  }
}
