import DFDModel

/// One catalogue entry: when it fires, on what, how severe, and what to do about it.
public struct ThreatRule: Hashable, Sendable, Identifiable {
  public var id: String
  public var title: String
  /// STRIDE categories, primary first.
  public var stride: [StrideCategory]
  public var target: RuleTarget
  /// The parsed `when`; `.all([])` (always) when the entry has none.
  public var condition: Condition
  /// The `when` text as written, for documentation.
  public var conditionText: String?
  public var severity: Severity
  public var raises: [Raise]
  public var description: String
  public var mitigations: [String]
  public var references: [Reference]
  public var ask: String?
  /// The LINDDUN category of a privacy rule.
  public var linddun: LinddunCategory?
  public var examples: RuleExamples

  public init(
    id: String, title: String, stride: [StrideCategory], target: RuleTarget,
    condition: Condition = .all([]), conditionText: String? = nil, severity: Severity,
    raises: [Raise] = [], description: String = "", mitigations: [String] = [],
    references: [Reference] = [], ask: String? = nil, linddun: LinddunCategory? = nil,
    examples: RuleExamples = RuleExamples()
  ) {
    self.id = id
    self.title = title
    self.stride = stride
    self.target = target
    self.condition = condition
    self.conditionText = conditionText
    self.severity = severity
    self.raises = raises
    self.description = description
    self.mitigations = mitigations
    self.references = references
    self.ask = ask
    self.linddun = linddun
    self.examples = examples
  }

  /// A `raise` entry: when its condition holds, the severity is at least `to`.
  public struct Raise: Hashable, Sendable {
    public var condition: Condition
    public var conditionText: String
    public var to: Severity

    public init(condition: Condition, conditionText: String, to: Severity) {
      self.condition = condition
      self.conditionText = conditionText
      self.to = to
    }
  }
}

/// Model snippets on which a rule must fire, and ones on which it must stay quiet.
public struct RuleExamples: Hashable, Sendable {
  public var fires: [RuleExample]
  public var quiet: [RuleExample]

  public init(fires: [RuleExample] = [], quiet: [RuleExample] = []) {
    self.fires = fires
    self.quiet = quiet
  }
}

/// A .dfd snippet and the element, flow or boundary the rule is checked on.
public struct RuleExample: Hashable, Sendable {
  /// The target id; by default `x` for element rules, `a->b` for flow rules, `z` for boundaries.
  public var on: String
  public var model: String
  /// Where the example sits in the catalogue, for test failure messages.
  public var line: Int

  public init(on: String, model: String, line: Int = 0) {
    self.on = on
    self.model = model
    self.line = line
  }

  /// The target an example is checked on when it names none.
  public static func defaultTarget(for target: RuleTarget) -> String {
    switch target {
    case .element: return "x"
    case .flow: return "a->b"
    case .boundary: return "z"
    }
  }
}
