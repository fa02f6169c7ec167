import DFDModel

/// Reverse `implies` tables: for each attribute, what sets it true directly.
struct Implication: Sendable {
  /// Attribute → attributes (same scope) whose `implies` lists it.
  var elementImpliers: [String: [String]] = [:]
  var flowImpliers: [String: [String]] = [:]
  var boundaryImpliers: [String: [String]] = [:]
  /// Flow attribute → protocols whose `implies` lists it.
  var protocolImpliers: [String: [String]] = [:]

  init(_ vocabulary: Vocabulary) {
    for (scope, definitions) in vocabulary.attributes {
      for definition in definitions.values.sorted(by: { $0.name < $1.name }) {
        for implied in definition.implies {
          switch scope {
          case .element: elementImpliers[implied, default: []].append(definition.name)
          case .flow: flowImpliers[implied, default: []].append(definition.name)
          case .boundary: boundaryImpliers[implied, default: []].append(definition.name)
          default: break
          }
        }
      }
    }
    for definition in vocabulary.protocols.values.sorted(by: { $0.name < $1.name }) {
      for implied in definition.implies {
        protocolImpliers[implied, default: []].append(definition.name)
      }
    }
  }
}
