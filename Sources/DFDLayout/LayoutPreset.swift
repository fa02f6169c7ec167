/// How much effort the layout spends, from the full one down to the fallbacks that always finish.
public enum LayoutPreset: String, Hashable, Sendable, CaseIterable {
  /// dot at full effort, with flow labels as tables.
  case full
  /// dot with bounded crossing and placement work (`mclimit=0.1 nslimit=1 nslimit1=1
  /// searchsize=10`), polylines and compact flow labels.
  case fast
  /// `fast`, and flows do not rank the elements (`constraint=false`): the boundaries and the
  /// declaration order place them, so no flow spans ranks. The first fallback.
  case unranked
  /// fdp (force-directed, boundaries kept) with 40 iterations and straight flows: the last
  /// fallback, for when dot crashes on the unranked layout.
  case forceDirected

  /// The Graphviz layout engine.
  public var engine: String { self == .forceDirected ? "fdp" : "dot" }

  /// Whether titles and flow labels are moved off the flows after the layout.
  ///
  /// Full effort only. On the generated 300-element model it takes 0.32 s of a 0.69 s `render`
  /// (flows through other flows' labels 1,107 → 511, at nodesep 0.5); a big model gets the fast
  /// layout for speed.
  public var movesText: Bool { self == .full }

  /// The cheaper presets to fall back to, in order, when this one does not finish.
  public var fallbacks: [LayoutPreset] {
    switch self {
    case .full, .fast: [.unranked, .forceDirected]
    case .unranked: [.forceDirected]
    case .forceDirected: []
    }
  }
}
