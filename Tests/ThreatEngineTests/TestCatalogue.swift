import DFDModel
import ThreatEngine

/// Builds small catalogues and diagrams for engine tests.
enum TestCatalogue {
  /// The built-in vocabulary with only the given rules (all element rules unless stated).
  static func rules(_ entries: [(id: String, target: String, when: String)]) throws -> Catalogue {
    var yaml = "threats:\n"
    for entry in entries {
      yaml += """
        - id: \(entry.id)
          title: "Test \(entry.id)"
          stride: [tampering]
          target: \(entry.target)
          when: "\(entry.when)"
          severity: low
          raise:
            - {when: "\(entry.target == "flow" ? "flow" : entry.target).id == 'raise-me'", to: high}

        """
    }
    var catalogue = try CatalogueLoader(file: "test.yaml").load(
      yaml.replacingOccurrences(of: "flow.id ==", with: "source.id =="), base: .builtIn)
    let ids = Set(entries.map(\.id))
    catalogue.rules = catalogue.rules.filter { ids.contains($0.id) }
    return catalogue
  }

  /// The ids of the rules that fire on `target`.
  static func fired(_ catalogue: Catalogue, _ diagram: Diagram, on target: String) -> [String] {
    Analyzer(catalogue: catalogue).analyze(diagram).findings.filter { $0.target == target }.map(
      \.rule)
  }

  static func element(
    _ id: String, _ kind: String, _ attributes: Attributes = [:], in boundary: String? = nil
  ) -> Element {
    let category = Catalogue.builtIn.vocabulary.kinds[kind]?.category ?? .process
    return Element(
      id: id, kind: kind, category: category, attributes: attributes, boundary: boundary)
  }

  static func flow(_ source: String, _ target: String, _ attributes: Attributes = [:]) -> Flow {
    Flow(id: "\(source)->\(target)", source: source, target: target, attributes: attributes)
  }
}
