import DFDModel

/// Draws a diagram in one call: DOT text from `DOTWriter`, then layout and rendering by
/// `GraphvizRenderer` (DOT output skips Graphviz).
///
/// A layout that is not certainly quick (`LayoutCost.isSmall`) runs in a child process with a
/// time budget; past it, or when Graphviz crashes, the next cheaper preset is drawn instead
/// (`LayoutPreset.fallbacks`) and `Rendering.fallback` says why. Nothing waits longer than the
/// budgets added up.
public struct DiagramRenderer: Hashable, Sendable {
  public var writer: DOTWriter
  public var budget: LayoutBudget

  public init(options: DiagramOptions = DiagramOptions(), budget: LayoutBudget = LayoutBudget()) {
    writer = DOTWriter(options: options)
    self.budget = budget
  }

  /// `diagram` as `format`, with badges from `findings` when the options show threats, flows
  /// drawn from the engine's `facts`, numbered by `numbers` and with `stubs` to other pages
  /// (see `DOTWriter.write`).
  public func render(
    _ diagram: Diagram, findings: [Finding] = [], facts: [String: FlowFacts] = [:],
    numbers: FlowNumbers? = nil, stubs: [FlowStub] = [], as format: RenderFormat
  ) throws(GraphvizError) -> Rendering {
    let asked = writer.options.preset
    func dot(_ preset: LayoutPreset) -> [UInt8] {
      var writer = writer
      writer.options.preset = preset
      return writer.utf8(
        diagram, findings: findings, facts: facts, numbers: numbers, stubs: stubs)
    }
    if format == .dot || (LayoutCost(diagram).isSmall && !Self.isolatesEveryLayout) {
      return try GraphvizRenderer().render(
        dotUTF8: dot(asked), as: format, movesText: asked.movesText)
    }
    var reason = ""
    for (attempt, preset) in ([asked] + asked.fallbacks).enumerated() {
      let seconds = budget.seconds(attempt: attempt, elements: diagram.elements.count)
      do {
        var rendering = try GraphvizRenderer().render(
          dotUTF8: dot(preset), as: format, engine: preset.engine, deadline: seconds,
          movesText: preset.movesText)
        if attempt > 0 { rendering.fallback = reason + "; drew the \(preset.rawValue) layout" }
        return rendering
      } catch {
        switch error {
        case .layoutTimedOut, .layoutCrashed:
          if attempt == 0 {
            reason = "the \(asked.rawValue) layout"
          } else {
            reason += ", then \(preset.rawValue)"
          }
          reason += Self.failure(error)
        default: throw error
        }
      }
    }
    throw .layoutFailed(messages: [reason + "; draw a part with --focus ID"])
  }

  /// ` did not finish within 6 s` or ` crashed Graphviz (signal 6)`.
  private static func failure(_ error: GraphvizError) -> String {
    switch error {
    case .layoutTimedOut(let seconds): " did not finish within \(seconds.formatted) s"
    case .layoutCrashed(let signal): " crashed Graphviz (signal \(signal))"
    default: " failed"
    }
  }
}

extension Double {
  /// `6` for a whole number, else `0.5`: seconds as a message shows them.
  fileprivate var formatted: String {
    self == rounded() && abs(self) < 1e9 ? String(Int(self)) : String(self)
  }
}
