/// A `threat RULE on TARGET [...]` statement: a decision about one finding, or a threat
/// specific to this model when the rule is not in the catalogue and `title` and `stride` are given.
public struct Triage: Hashable, Sendable {
  /// The rule id (`SCP-T-003`) or a local id (`LOCAL-1`).
  public var rule: String
  /// The element, boundary or flow id the statement is about; for a bulk statement, the
  /// selector as written (`*`, `boundary street`, `kind camera`).
  public var target: String
  /// Which findings the statement is about.
  public var selector: TriageSelector
  public var status: TriageStatus
  public var attributes: Attributes

  public init(
    rule: String, target: String, status: TriageStatus = .open, attributes: Attributes = [:],
    selector: TriageSelector? = nil
  ) {
    self.rule = rule
    self.target = target
    self.selector = selector ?? .target(target)
    self.status = status
    self.attributes = attributes
  }

  /// The finding this statement is about: `RULE@TARGET`.
  public var findingID: String { "\(rule)@\(target)" }
  public var note: String? { attributes.text("note") }
  public var by: String? { attributes.text("by") }
  public var date: String? { attributes.text("date") }
  public var ticket: String? { attributes.text("ticket") }
  /// When the decision is to be reviewed (`YYYY-MM-DD`), if stated.
  public var review: String? { attributes.text("review") }
  /// The risk-register likelihood (1 to 5), if stated.
  public var likelihood: Int? { attributes["likelihood"]?.numberValue.flatMap(RiskScore.level) }
  /// The risk-register impact (1 to 5), if stated.
  public var impact: Int? { attributes["impact"]?.numberValue.flatMap(RiskScore.level) }
  /// Likelihood × impact, when both are stated.
  public var riskScore: RiskScore? {
    guard let likelihood, let impact else { return nil }
    return RiskScore(likelihood: likelihood, impact: impact)
  }
  /// The title of a model-specific threat.
  public var title: String? { attributes.text("title") }
  /// The STRIDE categories of a model-specific threat.
  public var stride: [StrideCategory] {
    attributes["stride"]?.listValue.compactMap {
      $0.textValue.flatMap(StrideCategory.init(rawValue:))
    }
      ?? []
  }
  public var severity: Severity? { attributes.text("severity").flatMap(Severity.init(rawValue:)) }
  /// Whether the statement defines a threat of its own rather than triaging a catalogue finding.
  public var definesThreat: Bool { title != nil && !stride.isEmpty }
}
