import DFDModel
import ThreatEngine

/// Writes a catalogue as Swift source that rebuilds it without parsing: the precompiled form of
/// the built-in catalogue (`Sources/ThreatEngine/Generated/BuiltInCatalogue.swift`).
///
/// The YAML stays the source of truth; `BuiltInCatalogueSourceTests` regenerates the file from
/// it and fails when the checked-in copy differs (`SCP_DFD_RECORD=1` rewrites it).
struct CatalogueSourceWriter {
  /// The file the source is checked in as, relative to the repository root.
  static let path = "Sources/ThreatEngine/Generated/BuiltInCatalogue.swift"
  /// How many rules each generated function builds (small functions keep the optimiser fast).
  static let rulesPerFunction = 10

  var catalogue: Catalogue
  /// The YAML file it came from, named in the header.
  var origin: String

  /// The whole Swift file.
  func source() -> String {
    let chunks = stride(from: 0, to: catalogue.rules.count, by: Self.rulesPerFunction).map {
      Array(catalogue.rules[$0..<min($0 + Self.rulesPerFunction, catalogue.rules.count)])
    }
    var lines = header()
    lines += [
      "  /// The catalogue, built from literals.",
      "  static func make() -> Catalogue {",
      "    var rules: [ThreatRule] = []",
      "    rules.reserveCapacity(\(catalogue.rules.count))",
    ]
    lines += chunks.indices.map { "    rules += rules\($0 + 1)()" }
    lines += [
      "    return Catalogue(",
      "      id: \(literal(catalogue.id)), version: \(literal(catalogue.version)),",
      "      title: \(literal(catalogue.title)), vocabulary: vocabulary(), rules: rules,",
      "      references: references(), derived: derived())",
      "  }",
    ]
    lines += vocabularyFunction() + referencesFunction() + derivedFunction()
    for (index, chunk) in chunks.enumerated() {
      lines += ["", "  private static func rules\(index + 1)() -> [ThreatRule] {", "    ["]
      lines += chunk.flatMap { rule($0).map { "      " + $0 } }
      lines += ["    ]", "  }"]
    }
    lines.append("}")
    return lines.joined(separator: "\n") + "\n"
  }

  private func header() -> [String] {
    [
      "// swift-format-ignore-file",
      "// Generated from \(origin) by Tests/ThreatEngineTests/CatalogueSourceWriter.swift;",
      "// do not edit. After changing the YAML, regenerate with",
      "//   SCP_DFD_RECORD=1 swift test --filter BuiltInCatalogueSourceTests",
      "",
      "import DFDModel",
      "",
      "/// The built-in catalogue, precompiled from its YAML so that no command parses it at start.",
      "enum BuiltInCatalogue {",
    ]
  }

  private func vocabularyFunction() -> [String] {
    let vocabulary = catalogue.vocabulary
    let language = Vocabulary()
    var lines = [
      "", "  private static func vocabulary() -> Vocabulary {", "    var vocabulary = Vocabulary()",
    ]
    for kind in vocabulary.kinds.values.sorted(by: { $0.name < $1.name }) {
      lines.append("    vocabulary.add(\(self.kind(kind)))")
    }
    let attributes = vocabulary.attributes.values.flatMap(\.values)
      .filter { language.attribute($0.name, in: $0.scope) != $0 }
      .sorted { ($0.scope.rawValue, $0.name) < ($1.scope.rawValue, $1.name) }
    for attribute in attributes {
      lines.append("    vocabulary.add(\(self.attribute(attribute)))")
    }
    for item in vocabulary.protocols.values.sorted(by: { $0.name < $1.name }) {
      lines.append("    vocabulary.add(\(self.protocolDefinition(item)))")
    }
    return lines + ["    return vocabulary", "  }"]
  }

  private func referencesFunction() -> [String] {
    var entries: [String] = []
    for system in catalogue.references.keys.sorted() {
      entries.append("      \(literal(system)): [")
      for entry in catalogue.references[system] ?? [] {
        entries.append("        (\(literal(entry.id)), \(literal(entry.title))),")
      }
      entries.append("      ],")
    }
    return ["", "  private static func references() -> [String: [(id: String, title: String)]] {"]
      + dictionary(entries) + ["  }"]
  }

  private func derivedFunction() -> [String] {
    var entries: [String] = []
    for scope in catalogue.derived.keys.sorted(by: { $0.rawValue < $1.rawValue }) {
      entries.append("      .\(scope.rawValue): [")
      for (name, meaning) in (catalogue.derived[scope] ?? [:]).sorted(by: { $0.key < $1.key }) {
        entries.append("        \(literal(name)): \(literal(meaning)),")
      }
      entries.append("      ],")
    }
    return ["", "  private static func derived() -> [DerivedProperty.Scope: [String: String]] {"]
      + dictionary(entries) + ["  }"]
  }

  /// A dictionary literal around `entries` (`[:]` when there are none).
  private func dictionary(_ entries: [String]) -> [String] {
    entries.isEmpty ? ["    [:]"] : ["    ["] + entries + ["    ]"]
  }
}
