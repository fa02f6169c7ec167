import DFDModel

/// What a report needs to know about one catalogue rule: its words, severity and references.
public struct RuleDescriptor: Hashable, Sendable, Identifiable {
  public var id: String
  public var title: String
  public var description: String
  public var mitigations: [String]
  /// The base severity, before any `raise` entry lifts it.
  public var severity: Severity
  /// The STRIDE categories, primary first.
  public var stride: [StrideCategory]
  public var references: [Reference]

  public init(
    id: String, title: String, description: String = "", mitigations: [String] = [],
    severity: Severity, stride: [StrideCategory], references: [Reference] = []
  ) {
    self.id = id
    self.title = title
    self.description = description
    self.mitigations = mitigations
    self.severity = severity
    self.stride = stride
    self.references = references
  }
}

extension RuleDescriptor {
  /// A descriptor for a finding whose rule the catalogue does not know (a model-specific threat).
  public init(finding: Finding) {
    self.init(
      id: finding.rule, title: finding.title, description: finding.description,
      mitigations: finding.mitigations, severity: finding.severity, stride: finding.stride,
      references: finding.references)
  }
}
