/// The `--fail-on SEVERITY` gate: it fails when an open finding has that severity or higher.
public struct SeverityGate: Hashable, Sendable {
  public var threshold: Severity

  /// How many failing findings `explanation` lists before it only counts the rest.
  public static let listed = 20

  public init(threshold: Severity) { self.threshold = threshold }

  /// The open findings at or above the threshold, worst first, otherwise in their order.
  public func failing(_ findings: [Finding]) -> [Finding] {
    let failing = findings.enumerated().filter {
      $0.element.isOpen && $0.element.severity >= threshold
    }
    return failing.sorted { ($1.element.severity, $0.offset) < ($0.element.severity, $1.offset) }
      .map(\.element)
  }

  /// Why the gate failed, one line per failing finding (at most `limit`), naming its severity,
  /// rule and subject; the model's text is not escaped here.
  public func explanation(of failing: [Finding], in diagram: Diagram, limit: Int = listed) -> String
  {
    let noun = failing.count == 1 ? "open finding" : "open findings"
    let range = threshold == .critical ? "at critical" : "at \(threshold.rawValue) or higher"
    var text = "--fail-on \(threshold.rawValue): \(failing.count) \(noun) \(range):\n"
    for finding in failing.prefix(limit) {
      let severity = finding.severity.rawValue.uppercased()
      let padding = String(repeating: " ", count: max(1, 9 - severity.count))
      text += "  \(severity)\(padding)\(finding.rule) on \(subject(of: finding, in: diagram))\n"
    }
    if failing.count > limit { text += "  … and \(failing.count - limit) more\n" }
    return text
  }

  /// `element gw "Gateway"`, `flow aq->gw "Readings"`, `boundary street`.
  func subject(of finding: Finding, in diagram: Diagram) -> String {
    let label: String?
    switch finding.targetKind {
    case .element: label = diagram.element(finding.target)?.label
    case .flow: label = diagram.flow(finding.target)?.label
    case .boundary: label = diagram.boundary(finding.target)?.label
    }
    let name = "\(finding.targetKind.rawValue) \(finding.target)"
    return label.map { "\(name) \"\($0)\"" } ?? name
  }
}
