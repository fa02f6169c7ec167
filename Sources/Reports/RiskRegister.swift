import DFDModel

/// The rows of a corporate risk register drawn from a model's triaged findings.
public struct RiskRegister: Sendable {
  /// One risk: a finding with its triage, owner and 5×5 score.
  public struct Row: Hashable, Sendable {
    public var id: String
    /// The finding's title and what it is about.
    public var risk: String
    /// The owner of the target's boundary (nearest that states one), else the model's owner.
    public var owner: String
    public var severity: Severity
    public var status: TriageStatus
    public var by: String
    public var date: String
    public var review: String
    public var score: RiskScore?
    /// The triage note, else the rule's first mitigation.
    public var treatment: String
    /// For a presumed finding, what to ask the supplier to settle it.
    public var question: String
  }

  public var rows: [Row]

  /// The register of `input`'s triaged findings (with `includeUntriaged`, its open ones too),
  /// highest score first, then most severe, then in the engine's order.
  public init(_ input: ReportInput, includeUntriaged: Bool = false) {
    let chosen = input.findings.enumerated().filter { entry in
      entry.element.triage != nil || (includeUntriaged && entry.element.isOpen)
    }
    rows = chosen.sorted { lhs, rhs in
      let left = (-(lhs.element.triage?.riskScore?.score ?? 0), -lhs.element.severity.rank)
      let right = (-(rhs.element.triage?.riskScore?.score ?? 0), -rhs.element.severity.rank)
      return left < right || (left == right && lhs.offset < rhs.offset)
    }.map { Self.row($0.element, input) }
  }

  private static func row(_ finding: Finding, _ input: ReportInput) -> Row {
    let triage = finding.triage
    let question =
      finding.basis == .presumed
      ? (finding.ask ?? finding.clearedBy.joined(separator: "; ")) : ""
    return Row(
      id: finding.id, risk: finding.title + " (" + input.targetName(of: finding) + ")",
      owner: input.diagram.owner(of: finding.target, kind: finding.targetKind),
      severity: finding.severity,
      status: finding.status, by: triage?.by ?? "", date: triage?.date ?? "",
      review: triage?.review ?? "", score: triage?.riskScore,
      treatment: triage?.note ?? finding.mitigations.first ?? "", question: question)
  }
}
