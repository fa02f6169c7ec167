/// How long a layout may run before a cheaper one is drawn instead, in seconds.
///
/// The defaults keep the worst case (the asked layout, then both fallbacks, each stopped at its
/// budget) at 6 + 3 + 3 = 12 s, under the 15 s that a 100-element, 1,000-flow model must render
/// in; the cost model (`LayoutCost`) normally picks a preset that finishes well within the first.
public struct LayoutBudget: Hashable, Sendable {
  /// For the layout asked for.
  public var first: Double
  /// For each fallback.
  public var fallback: Double

  public init(first: Double = 6, fallback: Double = 3) {
    self.first = first
    self.fallback = fallback
  }

  /// The budget for the first layout from the environment variable `SCP_DFD_LAYOUT_BUDGET`
  /// (seconds, for tests and slow machines), else the default.
  public static func fromEnvironment(_ environment: [String: String]) -> LayoutBudget {
    guard let text = environment["SCP_DFD_LAYOUT_BUDGET"], let seconds = Double(text),
      seconds.isFinite, seconds >= 0
    else { return LayoutBudget() }
    return LayoutBudget(first: seconds)
  }
}
