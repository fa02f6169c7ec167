import DFDModel

/// A condition path compiled once per analyser: its root and the slot it reads in that scope.
///
/// Plain integers only, so that evaluating a condition copies probes without reference counting.
struct Probe: Sendable {
  var root: Path.Root
  /// The slot in the root's scope (`Implication.element`, `.flow` or `.boundary`); nil for a
  /// bare root, which reads as unknown.
  var slot: Int?
  /// Equal paths share an id, so evidence keeps one entry per path without comparing text;
  /// it indexes `Analyzer.pathTexts`.
  var id: Int

  /// Whether the probe reads the kind of an element (`kind`, `source.kind`).
  var readsKind: Bool { root.isElement && slot == Implication.kindSlot }

  /// Whether the probe reads the category of an element.
  var readsCategory: Bool { root.isElement && slot == Implication.categorySlot }
}

extension ModelIndex {
  /// The value `probe` reads on `subject`.
  func resolve(_ probe: Probe, _ subject: Subject) -> Resolution {
    guard let slot = probe.slot else { return .unknown }
    switch probe.root {
    case .element: return resolveElement(slot, subject.index)
    case .flow: return resolveFlow(slot, subject.index)
    case .boundary: return resolveBoundary(slot, subject.index)
    case .source, .target:
      guard let end = self.end(probe.root, subject) else { return .unknown }
      return resolveElement(slot, end)
    }
  }

  /// The element a probe with an element root reads on `subject`: the element itself, or the
  /// flow's source or target (nil when that end is not in the model).
  func end(_ root: Path.Root, _ subject: Subject) -> Int? {
    switch root {
    case .source: return flows[subject.index].source
    case .target: return flows[subject.index].target
    default: return subject.index
    }
  }
}
