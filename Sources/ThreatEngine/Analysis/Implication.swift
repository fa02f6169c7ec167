import DFDModel

/// Everything resolution needs to know about a name, looked up once per read.
struct NameInfo: Sendable {
  var definition: AttributeDefinition?
  /// Attributes (same scope) whose `implies` lists this one.
  var impliers: [String] = []
  /// Protocols whose `implies` lists this one (flows only).
  var protocols: [String] = []
  /// Whether a derived property has this name in the scope.
  var isDerived = false
}

/// Per-scope tables of `NameInfo`, built once per catalogue.
struct Implication: Sendable {
  var element: [String: NameInfo] = [:]
  var flow: [String: NameInfo] = [:]
  var boundary: [String: NameInfo] = [:]
  /// Each kind and its ancestors, nearest first.
  var lineage: [String: [String]] = [:]

  init(_ vocabulary: Vocabulary) {
    for kind in vocabulary.kinds.keys { lineage[kind] = vocabulary.lineage(of: kind) }
    for (scope, definitions) in vocabulary.attributes {
      for definition in definitions.values {
        update(scope, definition.name) { $0.definition = definition }
      }
      for definition in definitions.values.sorted(by: { $0.name < $1.name }) {
        for implied in definition.implies {
          update(scope, implied) { $0.impliers.append(definition.name) }
        }
      }
    }
    for definition in vocabulary.protocols.values.sorted(by: { $0.name < $1.name }) {
      for implied in definition.implies {
        update(.flow, implied) { $0.protocols.append(definition.name) }
      }
    }
    for derived in DerivedProperty.all {
      let scope: AttributeScope =
        derived.scope == .element ? .element : derived.scope == .flow ? .flow : .boundary
      update(scope, derived.name) { $0.isDerived = true }
    }
  }

  private mutating func update(
    _ scope: AttributeScope, _ name: String, _ body: (inout NameInfo) -> Void
  ) {
    switch scope {
    case .element: body(&element[name, default: NameInfo()])
    case .flow: body(&flow[name, default: NameInfo()])
    case .boundary: body(&boundary[name, default: NameInfo()])
    default: break
    }
  }
}
