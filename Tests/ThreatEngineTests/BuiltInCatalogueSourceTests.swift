import DFDModel
import Foundation
import Testing
import ThreatEngine

/// The precompiled built-in catalogue must be exactly what its YAML loads to.
struct BuiltInCatalogueSourceTests {
  static let yamlPath = "Sources/ThreatEngine/Resources/connected-places.yaml"

  /// The YAML, loaded the way a user catalogue is.
  static func loadYAML() throws -> Catalogue {
    let url = repositoryRoot.appendingPathComponent(yamlPath)
    let text = try String(contentsOf: url, encoding: .utf8)
    return try CatalogueLoader(file: "<built-in>/connected-places.yaml").load(text)
  }

  @Test func generatedSourceMatchesTheYAML() throws {
    let source = CatalogueSourceWriter(catalogue: try Self.loadYAML(), origin: Self.yamlPath)
      .source()
    try expectGolden(source, CatalogueSourceWriter.path)
  }

  @Test func builtInEqualsTheLoadedYAML() throws {
    let loaded = try Self.loadYAML()
    let builtIn = Catalogue.builtIn
    #expect(builtIn.rules.map(\.id) == loaded.rules.map(\.id))
    for rule in loaded.rules {
      #expect(builtIn.rule(rule.id) == rule, "rule \(rule.id) differs from the YAML")
    }
    #expect(builtIn.vocabulary == loaded.vocabulary)
    #expect(builtIn.derived == loaded.derived)
    #expect(builtIn == loaded)
  }
}
