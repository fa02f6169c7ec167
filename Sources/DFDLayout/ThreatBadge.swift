import DFDModel

/// The compact mark on an element, flow or boundary with open findings: the STRIDE letters that
/// apply, how many findings there are, and the highest severity.
public struct ThreatBadge: Hashable, Sendable {
  /// The open findings, in the order given.
  public var findings: [Finding]

  public init(findings: [Finding]) {
    self.findings = findings
  }

  /// The STRIDE letters that apply, in STRIDE order (`STI`).
  public var letters: String {
    var seen: [StrideCategory] = []
    for finding in findings {
      for category in finding.stride where !seen.contains(category) { seen.append(category) }
    }
    return String(StrideCategory.allCases.filter(seen.contains).map(\.letter))
  }

  public var count: Int { findings.count }

  /// The highest severity among the findings.
  public var severity: Severity { findings.lazy.map(\.severity).max() ?? .low }

  /// What the badge says: letters, count and severity in words (`STI 3 · high`).
  public var text: String { "\(letters) \(count) · \(severity.rawValue)" }

  /// One line per finding: id, title and first mitigation.
  public var tooltipLines: [String] {
    findings.map { finding in
      var line = "\(finding.id) [\(finding.severity.rawValue)]: \(finding.title)"
      if let mitigation = finding.mitigations.first { line += " — fix: \(mitigation)" }
      return line
    }
  }

  /// The badges of a diagram, keyed by the id of what they are drawn on.
  ///
  /// Findings on the reverse half of a two-way flow go to its drawn forward half; closed
  /// findings, and findings on what the diagram does not hold (a page of a split gets the whole
  /// model's), are ignored.
  public static func badges(for findings: [Finding], in diagram: Diagram) -> [String: ThreatBadge] {
    var grouped: [String: [Finding]] = [:]
    for finding in findings where finding.isOpen && isDrawn(finding, in: diagram) {
      var target = finding.target
      if finding.targetKind == .flow, let flow = diagram.flow(target), flow.direction == .reverse,
        let pair = flow.pair
      {
        target = pair
      }
      grouped[target, default: []].append(finding)
    }
    return grouped.mapValues(ThreatBadge.init(findings:))
  }

  private static func isDrawn(_ finding: Finding, in diagram: Diagram) -> Bool {
    switch finding.targetKind {
    case .element: diagram.element(finding.target) != nil
    case .flow: diagram.flow(finding.target) != nil
    case .boundary: diagram.boundary(finding.target) != nil
    }
  }
}
