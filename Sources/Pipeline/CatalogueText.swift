import DFDModel
import ThreatEngine

/// Plain-text listings for `scp-dfd catalogue`.
package enum CatalogueText {
  package static func rules(_ catalogue: Catalogue) -> String {
    catalogue.rules.map { rule in
      let stride = rule.stride.map { String($0.letter) }.joined()
      return [
        rule.id, pad(rule.target.rawValue, 8), pad(stride, 3), pad(rule.severity.rawValue, 8),
        rule.title,
      ]
      .joined(separator: "  ")
    }.joined(separator: "\n") + "\n"
  }

  package static func kinds(_ vocabulary: Vocabulary) -> String {
    vocabulary.kinds.values.sorted {
      ($0.category.rawValue, $0.name) < ($1.category.rawValue, $1.name)
    }
    .map { kind in
      let parent = kind.parent.map { "is \($0)" } ?? ""
      return [pad(kind.name, 26), pad(kind.category.rawValue, 9), pad(parent, 20), kind.summary]
        .joined(separator: " ")
    }.joined(separator: "\n") + "\n"
  }

  package static func attributes(_ catalogue: Catalogue) -> String {
    var lines: [String] = []
    for scope in AttributeScope.allCases {
      let definitions = (catalogue.vocabulary.attributes[scope] ?? [:]).values.sorted {
        $0.name < $1.name
      }
      guard !definitions.isEmpty else { continue }
      lines.append("\(scope.rawValue):")
      for definition in definitions {
        var facts = [definition.type.summary, definition.role.rawValue]
        if let assume = definition.assume { facts.append("assume \(assume)") }
        if !definition.implies.isEmpty {
          facts.append("implies " + definition.implies.joined(separator: ", "))
        }
        if let inherit = definition.inherit { facts.append("inherit \(inherit.rawValue)") }
        lines.append("  \(pad(definition.name, 22)) \(facts.joined(separator: "; "))")
        if !definition.meaning.isEmpty { lines.append("  \(pad("", 22)) \(definition.meaning)") }
      }
    }
    for scope in DerivedProperty.Scope.allCases {
      let names = DerivedProperty.all.filter { $0.scope == scope }.map(\.name)
      lines.append("derived \(scope.rawValue): " + names.joined(separator: ", "))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  package static func checkSummary(_ file: String, base: Catalogue, loaded: Catalogue) -> String {
    let before = Set(base.rules.map(\.id))
    let after = Set(loaded.rules.map(\.id))
    let replaced = loaded.rules.filter { before.contains($0.id) && base.rule($0.id) != $0 }.count
    return "\(file): ok: \(loaded.rules.count) rules (\(after.subtracting(before).count) added, "
      + "\(replaced) replaced, \(before.subtracting(after).count) disabled)"
  }

  package static func pad(_ text: String, _ width: Int) -> String {
    text + String(repeating: " ", count: max(0, width - text.count))
  }
}
