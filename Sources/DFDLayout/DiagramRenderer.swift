import DFDModel

/// Draws a diagram in one call: DOT text from `DOTWriter`, then layout and rendering by
/// `GraphvizRenderer` (DOT output skips Graphviz).
public struct DiagramRenderer: Hashable, Sendable {
  public var writer: DOTWriter

  public init(options: DiagramOptions = DiagramOptions(), security: FlowSecurity = FlowSecurity()) {
    writer = DOTWriter(options: options, security: security)
  }

  /// `diagram` as `format`, with badges from `findings` when the options show threats.
  public func render(_ diagram: Diagram, findings: [Finding] = [], as format: RenderFormat)
    throws(GraphvizError) -> Rendering
  {
    try GraphvizRenderer().render(dot: writer.write(diagram, findings: findings), as: format)
  }
}
