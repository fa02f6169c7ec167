import Synchronization

extension DiagramRenderer {
  /// Whether every layout, small ones too, runs in a child process: set once by a
  /// long-running command (`watch`, `serve`), so that what Graphviz leaks per layout (about
  /// 37 KB for a small diagram with clusters) goes with the child instead of piling up.
  public static var isolatesEveryLayout: Bool {
    get { isolation.load(ordering: .relaxed) }
    set { isolation.store(newValue, ordering: .relaxed) }
  }

  private static let isolation = Atomic<Bool>(false)
}
