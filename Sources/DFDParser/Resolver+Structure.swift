import DFDModel

extension Resolver {
  /// Warns about elements that no flow touches.
  mutating func checkStructure() {
    for element in elements where !connected.contains(element.id) {
      guard let declared = declarations[element.id] else { continue }
      diagnostics.append(.elementWithoutFlows(element.id, at: declared.range))
    }
  }

  /// Warns when a data store is wired straight to another store or to an external entity.
  mutating func checkStoreLink(_ source: String, _ target: String, at here: SourceRange) {
    guard case .element(let sourceKind, let sourceCategory)? = declarations[source]?.what,
      case .element(let targetKind, let targetCategory)? = declarations[target]?.what
    else { return }
    let pair = (sourceCategory, targetCategory)
    switch pair {
    case (.store, .store), (.store, .external), (.external, .store):
      diagnostics.append(
        .storeLink(
          from: (source, sourceKind, sourceCategory), to: (target, targetKind, targetCategory), at: here))
    default: break
    }
  }
}
