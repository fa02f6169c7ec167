import DFDModel
import Yams

extension CatalogueLoader {
  /// Reads `attributes:`, a mapping from scope (element, flow, data, boundary) to definitions.
  func loadAttributes(_ node: Node?, _ reader: YAMLReader) throws -> [AttributeDefinition] {
    var definitions: [AttributeDefinition] = []
    for (scopeName, scopeNode, value) in try reader.mapping(node, "attributes") {
      guard let scope = AttributeScope(rawValue: scopeName), scope != .threat, scope != .model
      else {
        throw reader.error(
          "unknown attribute scope '\(scopeName)'; expected element, flow, data or boundary",
          at: scopeNode)
      }
      for (name, _, spec) in try reader.mapping(value, "\(scopeName) attributes") {
        definitions.append(try attribute(name, scope: scope, spec, reader))
      }
    }
    return definitions
  }

  private func attribute(
    _ name: String, scope: AttributeScope, _ spec: Node, _ reader: YAMLReader
  ) throws -> AttributeDefinition {
    let what = "attribute '\(name)'"
    try reader.expectKeys(
      spec,
      allowed: [
        "type", "values", "of", "applies-to", "role", "assume", "implies", "inherit", "meaning",
        "question",
      ],
      what)
    let type = try attributeType(spec, what, reader)
    var appliesTo = Set<ElementCategory>()
    for categoryName in try reader.strings(spec["applies-to"], "applies-to") {
      guard let category = ElementCategory(rawValue: categoryName) else {
        throw reader.error(
          "unknown category '\(categoryName)' in applies-to of \(what)", at: spec["applies-to"])
      }
      appliesTo.insert(category)
    }
    let roleName = try reader.optionalString(spec["role"], "role") ?? "context"
    guard let role = AttributeRole(rawValue: roleName) else {
      throw reader.error(
        "unknown role '\(roleName)' of \(what); expected control, hazard or context",
        at: spec["role"])
    }
    var inherit: AttributeInheritance?
    if let inheritName = try reader.optionalString(spec["inherit"], "inherit") {
      guard let value = AttributeInheritance(rawValue: inheritName) else {
        throw reader.error(
          "unknown inherit '\(inheritName)' of \(what); expected boundary or boundary-entered",
          at: spec["inherit"])
      }
      inherit = value
    }
    return AttributeDefinition(
      name: name, scope: scope, type: type, appliesTo: appliesTo, role: role,
      assume: try assumedValue(spec["assume"], type, what, reader),
      implies: try reader.strings(spec["implies"], "implies"), inherit: inherit,
      meaning: try reader.optionalString(spec["meaning"], "meaning") ?? "",
      question: try reader.optionalString(spec["question"], "question"))
  }

  private func attributeType(_ spec: Node, _ what: String, _ reader: YAMLReader) throws
    -> AttributeType
  {
    let typeName = try reader.string(spec["type"], "type of \(what)")
    switch typeName {
    case "bool": return .bool
    case "number": return .number
    case "string": return .string
    case "symbol": return .symbol
    case "enum":
      let values = try reader.strings(spec["values"], "values of \(what)")
      guard !values.isEmpty else {
        throw reader.error("\(what) is an enum with no values", at: spec)
      }
      return .enumeration(values)
    case "list":
      switch try reader.optionalString(spec["of"], "of") {
      case "data": return .list(.dataReference)
      case "string", nil: return .list(.string)
      case "symbol": return .list(.symbol)
      case let other?:
        throw reader.error("unknown list item type '\(other)' of \(what)", at: spec["of"])
      }
    default:
      throw reader.error(
        "unknown type '\(typeName)' of \(what); expected bool, number, string, symbol, enum or list",
        at: spec["type"])
    }
  }

  private func assumedValue(
    _ node: Node?, _ type: AttributeType, _ what: String, _ reader: YAMLReader
  ) throws -> AttributeValue? {
    guard let node else { return nil }
    let text = try reader.string(node, "assume of \(what)")
    switch type {
    case .bool:
      guard let value = try reader.bool(node, "assume of \(what)") else { return nil }
      return .bool(value)
    case .number:
      guard let value = Double(text) else {
        throw reader.error("assume of \(what) must be a number", at: node)
      }
      return .number(value)
    case .enumeration(let values):
      guard values.contains(text) else {
        throw reader.error(
          "assume of \(what) must be one of \(values.joined(separator: ", "))", at: node)
      }
      return .symbol(text)
    default:
      return .string(text)
    }
  }
}
