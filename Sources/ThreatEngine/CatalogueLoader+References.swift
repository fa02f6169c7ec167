import DFDModel
import Yams

extension CatalogueLoader {
  /// Reference systems whose ids are checked by form rather than against a `references:` table.
  static let openReferenceSystems: [String: String] = ["cwe": "CWE-", "capec": "CAPEC-"]

  /// Reads `references:`, a mapping from system to id to title.
  func loadReferences(_ node: Node?, into catalogue: inout Catalogue, _ reader: YAMLReader) throws {
    for (system, _, table) in try reader.mapping(node, "references") {
      var entries = catalogue.references[system] ?? []
      for (id, _, title) in try reader.mapping(table, "references of '\(system)'") {
        let text = try reader.string(title, "title of reference \(system) \(id)")
        entries.removeAll { $0.id == id }
        entries.append((id, text))
      }
      catalogue.references[system] = entries
    }
  }

  /// Reads `derived:`, checking that the analyser computes every property it documents.
  func loadDerived(_ node: Node?, into catalogue: inout Catalogue, _ reader: YAMLReader) throws {
    for (scopeName, scopeNode, table) in try reader.mapping(node, "derived") {
      guard let scope = DerivedProperty.Scope(rawValue: scopeName) else {
        throw reader.error(
          "unknown derived scope '\(scopeName)'; expected element, flow or boundary", at: scopeNode)
      }
      for (name, nameNode, meaning) in try reader.mapping(table, "derived \(scopeName) properties")
      {
        guard DerivedProperty.named(name, in: scope) != nil else {
          throw reader.error(
            "derived \(scopeName) property '\(name)' is not one scp-dfd computes", at: nameNode)
        }
        catalogue.derived[scope, default: [:]][name] = try reader.string(meaning, "meaning")
      }
    }
  }

  /// Reads `refs:` of a rule: system to a list of ids, each checked.
  func loadRuleReferences(_ node: Node?, _ catalogue: Catalogue, _ reader: YAMLReader) throws
    -> [Reference]
  {
    var references: [Reference] = []
    for (system, systemNode, ids) in try reader.mapping(node, "refs") {
      let prefix = Self.openReferenceSystems[system]
      guard prefix != nil || catalogue.references[system] != nil else {
        let known = (Array(catalogue.references.keys) + Self.openReferenceSystems.keys).sorted()
        throw reader.error(
          "unknown reference system '\(system)'; expected one of \(known.joined(separator: ", "))",
          at: systemNode)
      }
      for id in try reader.strings(ids, "refs of \(system)") {
        let title = catalogue.referenceTitle(system: system, id: id)
        if let prefix {
          guard id.hasPrefix(prefix), Int(id.dropFirst(prefix.count)) != nil else {
            throw reader.error("'\(id)' is not a \(system) id such as \(prefix)20", at: ids)
          }
        } else if title == nil {
          throw reader.error("unknown \(system) reference '\(id)'", at: ids)
        }
        references.append(Reference(system: system, id: id, title: title))
      }
    }
    return references
  }

  /// Reads `disable:`, a list of rule ids to drop from the catalogue built so far.
  func disable(_ node: Node?, in catalogue: inout Catalogue, _ reader: YAMLReader) throws {
    for id in try reader.strings(node, "disable") {
      guard catalogue.rules.contains(where: { $0.id == id }) else {
        throw reader.error("cannot disable '\(id)': no rule has that id", at: node)
      }
      catalogue.rules.removeAll { $0.id == id }
    }
  }
}
