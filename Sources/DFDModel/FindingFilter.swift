/// Which findings to list: by triage status, severity, rule and part of the diagram.
///
/// Each kind of filter keeps a finding that matches any of its values; a finding is
/// kept when it passes every kind that is set.
public struct FindingFilter: Hashable, Sendable {
  /// The statuses to keep; nil keeps every status.
  public var statuses: Set<TriageStatus>?
  /// Keep findings of this severity or higher.
  public var minimumSeverity: Severity?
  /// Keep findings of these rules.
  public var rules: [String]
  /// Keep findings about these elements and the flows to and from them.
  public var elements: [String]
  /// Keep findings about these boundaries (and those nested in them), the elements inside
  /// them, and the flows to and from those elements.
  public var boundaries: [String]

  public init(
    statuses: Set<TriageStatus>? = nil, minimumSeverity: Severity? = nil, rules: [String] = [],
    elements: [String] = [], boundaries: [String] = []
  ) {
    self.statuses = statuses
    self.minimumSeverity = minimumSeverity
    self.rules = rules
    self.elements = elements
    self.boundaries = boundaries
  }

  /// The same filter without its status and severity parts: the part of the diagram and the
  /// rules it looks at, as a `--fail-on` gate uses it.
  public var scope: FindingFilter {
    FindingFilter(rules: rules, elements: elements, boundaries: boundaries)
  }

  /// The findings that pass, in their order.
  public func apply(_ findings: [Finding], in diagram: Diagram) -> [Finding] {
    var kept = findings
    apply(to: &kept, in: diagram)
    return kept
  }

  /// Keeps only the findings that pass, in their order, in place: at 10,000 elements
  /// (124,000 findings) a filtered copy beside the analysis's own took `threats` from 200 to
  /// 250 MB.
  public func apply(to findings: inout [Finding], in diagram: Diagram) {
    let subjects = elements.isEmpty && boundaries.isEmpty ? nil : Subjects(self, in: diagram)
    let rules = Set(self.rules)
    findings.removeAll { finding in
      if let statuses, !statuses.contains(finding.status) { return true }
      if let minimumSeverity, finding.severity < minimumSeverity { return true }
      if !rules.isEmpty, !rules.contains(finding.rule) { return true }
      if let subjects, !subjects.contains(finding) { return true }
      return false
    }
  }

  /// The ids that no element, boundary or rule has, with the names that were possible, in the
  /// order given; `knownRules` lists the catalogue's rules, and the model's `threat`
  /// statements add theirs.
  public func unknownNames(in diagram: Diagram, knownRules: some Sequence<String>)
    -> [UnknownName]
  {
    var unknown: [UnknownName] = []
    for id in elements where diagram.element(id) == nil {
      unknown.append(UnknownName(name: id, kind: .element, candidates: diagram.elements.map(\.id)))
    }
    for id in boundaries where diagram.boundary(id) == nil {
      unknown.append(
        UnknownName(name: id, kind: .boundary, candidates: diagram.boundaries.map(\.id)))
    }
    let ruleIDs = Set(knownRules).union(diagram.triage.map(\.rule))
    for id in rules where !ruleIDs.contains(id) {
      unknown.append(UnknownName(name: id, kind: .rule, candidates: ruleIDs.sorted()))
    }
    return unknown
  }

  /// A filter value that names nothing in the model or catalogue.
  public struct UnknownName: Error, Hashable, Sendable {
    /// What the value should have named.
    public enum Kind: String, Hashable, Sendable {
      case element, boundary, rule, status
    }

    public var name: String
    public var kind: Kind
    /// The names it could have been.
    public var candidates: [String]
  }
}

extension FindingFilter {
  /// The elements, flows and boundaries that the element and boundary filters keep.
  private struct Subjects {
    var elements: Set<String> = []
    var flows: Set<String> = []
    var boundaries: Set<String> = []

    init(_ filter: FindingFilter, in diagram: Diagram) {
      elements = Set(filter.elements)
      boundaries = diagram.boundariesNested(in: filter.boundaries)
      for element in diagram.elements
      where element.boundary.map(boundaries.contains) ?? false {
        elements.insert(element.id)
      }
      for flow in diagram.flows
      where elements.contains(flow.source) || elements.contains(flow.target) {
        flows.insert(flow.id)
      }
    }

    func contains(_ finding: Finding) -> Bool {
      switch finding.targetKind {
      case .element: return elements.contains(finding.target)
      case .flow: return flows.contains(finding.target)
      case .boundary: return boundaries.contains(finding.target)
      }
    }
  }
}
