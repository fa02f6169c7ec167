/// One line of a portfolio: a model's size and its open findings by severity and basis, and
/// how a `--fail-on` gate judged it.
public struct ModelSummary: Hashable, Sendable, Encodable {
  /// The model file as named (or found in a folder).
  public var path: String
  public var title: String?
  public var elements: Int
  public var flows: Int
  /// Open findings of each severity, worst first: critical, high, medium, low.
  public var critical: Int
  public var high: Int
  public var medium: Int
  public var low: Int
  /// Open findings resting only on stated facts, and on at least one assumed value.
  public var confirmed: Int
  public var presumed: Int
  /// Findings with a triage status other than open.
  public var triaged: Int
  /// Open findings at or above the gate's threshold; nil when there is no gate.
  public var failing: Int?

  /// The summary of `findings` (already filtered) on `diagram`; `gate` counts the failing
  /// ones among `scoped`, the findings in the filter's scope whatever their status.
  public init(
    path: String, diagram: Diagram, findings: [Finding], gate: SeverityGate? = nil,
    scoped: [Finding] = []
  ) {
    self.path = path
    title = diagram.info.title
    elements = diagram.elements.count
    flows = diagram.flows.count
    let open = findings.filter(\.status.isOpen)
    func count(_ severity: Severity) -> Int { open.count { $0.severity == severity } }
    critical = count(.critical)
    high = count(.high)
    medium = count(.medium)
    low = count(.low)
    confirmed = open.count { $0.basis == .confirmed }
    presumed = open.count { $0.basis == .presumed }
    triaged = findings.count - open.count
    failing = gate.map { $0.failing(scoped).count }
  }

  /// Whether the gate passed (true when there is none).
  public var passes: Bool { (failing ?? 0) == 0 }
}
