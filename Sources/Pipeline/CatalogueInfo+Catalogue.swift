import DFDModel
import Reports
import ThreatEngine

extension CatalogueInfo {
  /// What a report needs of a loaded catalogue: its identity and each rule's words.
  package init(_ catalogue: Catalogue) {
    self.init(
      id: catalogue.id, version: catalogue.version, title: catalogue.title,
      rules: catalogue.rules.map { rule in
        RuleDescriptor(
          id: rule.id, title: rule.title, description: rule.description,
          mitigations: rule.mitigations, severity: rule.severity, stride: rule.stride,
          references: rule.references)
      })
  }
}
