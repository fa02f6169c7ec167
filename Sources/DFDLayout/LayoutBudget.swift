/// How long a layout may run before a cheaper one is drawn instead, in seconds: a fixed part
/// plus a part per drawn element, so a big honest model gets the time it needs and a small
/// hostile one cannot hold `render` for long.
///
/// With the defaults, a 100-element model waits at most 7 + 3 + 3 = 13 s (the asked layout,
/// then both fallbacks, each stopped at its budget), under the 15 s it must render in; the
/// 2,000-element generated model, whose fast layout took 20.8 s under load, gets 26 s. The cost
/// model (`LayoutCost`) normally picks a preset that finishes well within the first budget.
public struct LayoutBudget: Hashable, Sendable {
  /// For the layout asked for.
  public var first: Double
  /// For each fallback.
  public var fallback: Double
  /// Added to both per drawn element.
  public var perElement: Double

  public init(first: Double = 6, fallback: Double = 2, perElement: Double = 0.01) {
    self.first = first
    self.fallback = fallback
    self.perElement = perElement
  }

  /// The seconds for attempt `attempt` (0 for the layout asked for) of a diagram of `elements`.
  public func seconds(attempt: Int, elements: Int) -> Double {
    (attempt == 0 ? first : fallback) + perElement * Double(elements)
  }

  /// The budget from the environment variable `SCP_DFD_LAYOUT_BUDGET`: the first layout gets
  /// that many seconds whatever the diagram's size, each fallback 2 s (for tests and machines
  /// slower or faster than this one); the default without it.
  public static func fromEnvironment(_ environment: [String: String]) -> LayoutBudget {
    guard let text = environment["SCP_DFD_LAYOUT_BUDGET"], let seconds = Double(text),
      seconds.isFinite, seconds >= 0
    else { return LayoutBudget() }
    return LayoutBudget(first: seconds, perElement: 0)
  }
}
