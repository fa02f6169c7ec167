import DFDModel
import ThreatEngine

extension CatalogueSourceWriter {
  /// A Swift string literal for `text`, escaping what a literal cannot hold as is.
  func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case _ where scalar.value < 0x20 || scalar.value == 0x7F || scalar.properties.isBidiControl:
        out += "\\u{\(String(scalar.value, radix: 16))}"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  func literal(_ text: String?) -> String { text.map { literal($0) } ?? "nil" }

  func literal(_ texts: [String]) -> String {
    "[" + texts.map { literal($0) }.joined(separator: ", ") + "]"
  }

  /// `.caseName` of an enum without payloads.
  func member(_ value: some Any) -> String { ".\(value)" }

  func kind(_ kind: KindDefinition) -> String {
    "KindDefinition(name: \(literal(kind.name)), category: \(member(kind.category)), "
      + "parent: \(literal(kind.parent)), summary: \(literal(kind.summary)))"
  }

  func attribute(_ definition: AttributeDefinition) -> String {
    let categories = definition.appliesTo.sorted { $0.rawValue < $1.rawValue }.map { member($0) }
    return "AttributeDefinition(name: \(literal(definition.name)), "
      + "scope: \(member(definition.scope)), type: \(type(definition.type)), "
      + "appliesTo: [\(categories.joined(separator: ", "))], role: \(member(definition.role)), "
      + "assume: \(definition.assume.map(value) ?? "nil"), implies: \(literal(definition.implies)), "
      + "inherit: \(definition.inherit.map { member($0) } ?? "nil"), "
      + "meaning: \(literal(definition.meaning))"
      + (definition.question.map { ", question: \(literal($0))" } ?? "") + ")"
  }

  func type(_ type: AttributeType) -> String {
    switch type {
    case .enumeration(let names): return ".enumeration(\(literal(names)))"
    case .list(let item): return ".list(\(self.type(item)))"
    default: return member(type)
    }
  }

  func protocolDefinition(_ item: ProtocolDefinition) -> String {
    "ProtocolDefinition(name: \(literal(item.name)), medium: \(literal(item.medium)), "
      + "cleartext: \(item.cleartext), implies: \(literal(item.implies)), "
      + "note: \(literal(item.note)))"
  }

  func value(_ value: AttributeValue) -> String {
    switch value {
    case .bool(let flag): return ".bool(\(flag))"
    case .number(let number): return ".number(\(number))"
    case .string(let text): return ".string(\(literal(text)))"
    case .symbol(let text): return ".symbol(\(literal(text)))"
    case .list(let items): return ".list(\(values(items)))"
    }
  }

  func values(_ items: [AttributeValue]) -> String {
    "[" + items.map(value).joined(separator: ", ") + "]"
  }
}
