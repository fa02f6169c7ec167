import DFDModel

/// A threat catalogue: its identity, the vocabulary it declares and (with the analyser) its rules.
public struct Catalogue: Hashable, Sendable {
  public var id: String
  public var version: String
  public var title: String
  public var vocabulary: Vocabulary
  /// The rules, in catalogue order (a later catalogue's rule replaces one with the same id).
  public var rules: [ThreatRule]
  /// Titles of reference ids by system (`ncsc` → `CP-1` → title), in file order.
  public var references: [String: [(id: String, title: String)]]
  /// What each derived property means, by scope, as the catalogue documents it.
  public var derived: [DerivedProperty.Scope: [String: String]]

  public init(
    id: String, version: String = "", title: String = "", vocabulary: Vocabulary,
    rules: [ThreatRule] = [], references: [String: [(id: String, title: String)]] = [:],
    derived: [DerivedProperty.Scope: [String: String]] = [:]
  ) {
    self.id = id
    self.version = version
    self.title = title
    self.vocabulary = vocabulary
    self.rules = rules
    self.references = references
    self.derived = derived
  }

  /// The rule with `id`, if the catalogue has it.
  public func rule(_ id: String) -> ThreatRule? { rules.first { $0.id == id } }

  /// The title of reference `id` in `system`, if the catalogue gives one.
  public func referenceTitle(system: String, id: String) -> String? {
    references[system]?.first { $0.id == id }?.title
  }

  /// An empty catalogue: only the language's own attributes (`--no-builtin`).
  public static let empty = Catalogue(id: "empty", vocabulary: Vocabulary())
}

extension Catalogue {
  public static func == (lhs: Catalogue, rhs: Catalogue) -> Bool {
    lhs.id == rhs.id && lhs.version == rhs.version && lhs.title == rhs.title
      && lhs.vocabulary == rhs.vocabulary && lhs.rules == rhs.rules && lhs.derived == rhs.derived
      && lhs.references.mapValues { $0.map { "\($0.id)\u{0}\($0.title)" } }
        == rhs.references.mapValues { $0.map { "\($0.id)\u{0}\($0.title)" } }
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(id)
    hasher.combine(rules)
  }
}

extension Catalogue {
  /// The connected-places catalogue built into scp-dfd.
  ///
  /// Its source is `Resources/connected-places.yaml`; the binary holds it precompiled
  /// (`Generated/BuiltInCatalogue.swift`, generated from the YAML and kept equal to it by
  /// `BuiltInCatalogueSourceTests`), so no command pays for parsing it.
  public static let builtIn: Catalogue = BuiltInCatalogue.make()
}
