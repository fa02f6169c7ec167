/// The words a model may use: element kinds, attributes and protocols.
///
/// Kinds and attributes are data, not grammar: the threat catalogue supplies them, and the
/// resolver checks a model against them.
public struct Vocabulary: Hashable, Sendable {
  public private(set) var kinds: [String: KindDefinition]
  public private(set) var attributes: [AttributeScope: [String: AttributeDefinition]]
  public private(set) var protocols: [String: ProtocolDefinition]

  public init(
    kinds: [KindDefinition] = [], attributes: [AttributeDefinition] = [],
    protocols: [ProtocolDefinition] = []
  ) {
    self.kinds = [:]
    self.attributes = [:]
    self.protocols = [:]
    for kind in kinds { add(kind) }
    for attribute in Self.languageAttributes + attributes { add(attribute) }
    for item in protocols { add(item) }
  }

  /// Adds a kind, replacing one of the same name.
  public mutating func add(_ kind: KindDefinition) { kinds[kind.name] = kind }

  /// Adds an attribute, replacing one of the same name and scope.
  public mutating func add(_ attribute: AttributeDefinition) {
    attributes[attribute.scope, default: [:]][attribute.name] = attribute
  }

  /// Adds a protocol, replacing one of the same name.
  public mutating func add(_ definition: ProtocolDefinition) {
    protocols[definition.name] = definition
  }

  /// The attribute `name` as declared for `scope`.
  public func attribute(_ name: String, in scope: AttributeScope) -> AttributeDefinition? {
    attributes[scope]?[name]
  }

  /// Whether `kind` is `ancestor` or descends from it through `is` links.
  public func kind(_ kind: String, isA ancestor: String) -> Bool {
    var seen = Set<String>()
    var next: String? = kind
    while let current = next, seen.insert(current).inserted {
      if current == ancestor { return true }
      next = kinds[current]?.parent
    }
    return false
  }

  /// The kind and its ancestors, nearest first.
  public func lineage(of kind: String) -> [String] {
    var chain: [String] = []
    var next: String? = kind
    while let current = next, !chain.contains(current) {
      chain.append(current)
      next = kinds[current]?.parent
    }
    return chain
  }
}

/// An element kind: its DFD category and the kind it specialises.
public struct KindDefinition: Hashable, Sendable {
  public var name: String
  public var category: ElementCategory
  /// The kind this one is a special case of (`camera` is a `sensor`).
  public var parent: String?
  public var summary: String

  public init(name: String, category: ElementCategory, parent: String? = nil, summary: String = "")
  {
    self.name = name
    self.category = category
    self.parent = parent
    self.summary = summary
  }
}

/// A known value of `protocol`: its medium, whether it is cleartext, and the controls it implies.
public struct ProtocolDefinition: Hashable, Sendable {
  public var name: String
  public var medium: String?
  public var cleartext: Bool
  public var implies: [String]
  public var note: String

  public init(
    name: String, medium: String? = nil, cleartext: Bool = false, implies: [String] = [],
    note: String = ""
  ) {
    self.name = name
    self.medium = medium
    self.cleartext = cleartext
    self.implies = implies
    self.note = note
  }
}
