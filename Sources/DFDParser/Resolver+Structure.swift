import DFDModel
import Diagnostics

extension Resolver {
  /// Warns about elements that no flow touches.
  mutating func checkStructure() {
    for (index, element) in elements.enumerated() where !connected[index] {
      guard let declared = declarations[element.id] else { continue }
      diagnostics.append(.elementWithoutFlows(element.id, at: declared.range))
    }
  }

  /// Warns when a data store is wired straight to another store or to an external entity.
  mutating func checkStoreLink(_ ends: Ends, at here: SourceRange) {
    let (source, target) = (elements[ends.source], elements[ends.target])
    switch (source.category, target.category) {
    case (.store, .store), (.store, .external), (.external, .store):
      diagnostics.append(
        .storeLink(
          from: (source.id, source.kind, source.category),
          to: (target.id, target.kind, target.category),
          at: here))
    default: break
    }
  }
}
