/// The catalogue a set of findings came from: its identity and its rules.
public struct CatalogueInfo: Hashable, Sendable {
  public var id: String
  public var version: String
  public var title: String
  /// Every rule of the catalogue, in catalogue order (SARIF lists them all).
  public var rules: [RuleDescriptor]

  public init(id: String, version: String, title: String, rules: [RuleDescriptor] = []) {
    self.id = id
    self.version = version
    self.title = title
    self.rules = rules
  }

  /// The rule `id`, if the catalogue has it.
  public func rule(_ id: String) -> RuleDescriptor? { rules.first { $0.id == id } }
}
