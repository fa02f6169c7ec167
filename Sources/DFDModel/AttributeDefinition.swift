/// Where an attribute may be written.
public enum AttributeScope: String, Hashable, Sendable, CaseIterable {
  case model, element, flow, data, boundary, threat

  /// How messages name the statements of this scope, in the plural ("data assets").
  public var pluralTitle: String {
    switch self {
    case .model: return "the model statement"
    case .element: return "elements"
    case .flow: return "flows"
    case .data: return "data assets"
    case .boundary: return "boundaries"
    case .threat: return "threat statements"
    }
  }
}

/// The type of an attribute's value.
public indirect enum AttributeType: Hashable, Sendable {
  case bool
  case number
  case string
  /// An open vocabulary of bare names (`protocol: https`); unknown names are warnings.
  case symbol
  /// A closed set of bare names; anything else is an error.
  case enumeration([String])
  /// The identifier of a data asset.
  case dataReference
  case list(AttributeType)

  /// How a diagnostic names the type.
  public var summary: String {
    switch self {
    case .bool: return "true or false"
    case .number: return "a number"
    case .string: return "a string"
    case .symbol: return "a name"
    case .enumeration(let values): return "one of " + values.joined(separator: ", ")
    case .dataReference: return "a data asset"
    case .list(let item): return "a list of " + item.pluralSummary
    }
  }

  private var pluralSummary: String {
    switch self {
    case .enumeration(let values): return "values from " + values.joined(separator: ", ")
    case .dataReference: return "data assets"
    case .string: return "strings"
    case .number: return "numbers"
    default: return summary
    }
  }
}

/// What an attribute does in the threat rules.
public enum AttributeRole: String, Hashable, Sendable {
  /// A protection: unknown counts as absent.
  case control
  /// A weakness: unknown counts as present until stated false.
  case hazard
  /// A fact about the system.
  case context
}

/// Where an attribute takes its value from when a model does not state it.
public enum AttributeInheritance: String, Hashable, Sendable {
  /// From the nearest enclosing boundary that states it.
  case boundary
  /// From a boundary the flow enters.
  case boundaryEntered = "boundary-entered"
}

/// An attribute the catalogue (or the language itself) declares.
public struct AttributeDefinition: Hashable, Sendable {
  public var name: String
  public var scope: AttributeScope
  public var type: AttributeType
  /// For element attributes, the categories it applies to; empty means all.
  public var appliesTo: Set<ElementCategory>
  public var role: AttributeRole
  /// The value used when nothing else gives one.
  public var assume: AttributeValue?
  /// Attributes this one sets true when it is true.
  public var implies: [String]
  public var inherit: AttributeInheritance?
  public var meaning: String
  /// The question to put to whoever runs the element, in plain English, whose answer states
  /// the attribute ("Does it ship with a shared or default password?").
  public var question: String?

  public init(
    name: String, scope: AttributeScope, type: AttributeType, appliesTo: Set<ElementCategory> = [],
    role: AttributeRole = .context, assume: AttributeValue? = nil, implies: [String] = [],
    inherit: AttributeInheritance? = nil, meaning: String = "", question: String? = nil
  ) {
    self.name = name
    self.scope = scope
    self.type = type
    self.appliesTo = appliesTo
    self.role = role
    self.assume = assume
    self.implies = implies
    self.inherit = inherit
    self.meaning = meaning
    self.question = question
  }
}
