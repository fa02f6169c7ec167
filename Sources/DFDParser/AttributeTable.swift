import DFDModel

/// The vocabulary's attribute definitions by scope and name, kept by reference so that
/// checking an attribute copies nothing but one pointer.
struct AttributeTable {
  /// What the resolver checks a stated value against.
  final class Entry {
    let type: AttributeType
    /// The element categories the attribute applies to; empty means all.
    let appliesTo: Set<ElementCategory>
    /// `appliesTo` as a list, which answers `contains` without hashing.
    private let categories: [ElementCategory]

    init(_ definition: AttributeDefinition) {
      type = definition.type
      appliesTo = definition.appliesTo
      categories = Array(definition.appliesTo)
    }

    /// Whether the attribute may be written on an element of `category`.
    func applies(to category: ElementCategory) -> Bool {
      categories.isEmpty || categories.contains(category)
    }
  }

  /// The definitions of each scope, in `AttributeScope.allCases` order.
  private let scopes: [(scope: AttributeScope, definitions: [String: Entry])]

  init(_ vocabulary: Vocabulary) {
    scopes = AttributeScope.allCases.map { scope in
      (scope, (vocabulary.attributes[scope] ?? [:]).mapValues(Entry.init))
    }
  }

  /// The attributes that may be written in `scope`, by name.
  subscript(scope: AttributeScope) -> [String: Entry] {
    scopes.first { $0.scope == scope }?.definitions ?? [:]
  }
}
