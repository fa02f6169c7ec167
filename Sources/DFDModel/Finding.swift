/// A threat that applies to one element, flow or boundary: a catalogue rule that fired there,
/// or a model-specific threat, with the triage recorded for it.
public struct Finding: Hashable, Sendable, Identifiable {
  /// What a finding is about.
  public enum TargetKind: String, Hashable, Sendable, Codable {
    case element, flow, boundary
  }

  /// `RULE@TARGET`, stable across edits that touch neither.
  public var id: String { "\(rule)@\(target)" }
  public var rule: String
  public var target: String
  public var targetKind: TargetKind
  /// The STRIDE categories, primary first.
  public var stride: [StrideCategory]
  public var severity: Severity
  public var status: TriageStatus
  public var title: String
  public var description: String
  public var mitigations: [String]
  /// Reference ids by system (`cwe: [CWE-306]`), in the catalogue's order.
  public var references: [Reference]
  /// The question to put to the supplier.
  public var ask: String?
  /// The facts the rule depended on, and where each came from.
  public var why: [Evidence]
  /// The `threat` statement that triaged it, if any.
  public var triage: Triage?
  /// Whether it rests only on stated (or derived) facts or on at least one assumed value.
  public var basis: FindingBasis
  /// The LINDDUN privacy category of a privacy rule.
  public var linddun: LinddunCategory?
  /// What would clear it: the facts to state (`default-credentials: false` on `anpr-cam`).
  public var clearedBy: [String]
  /// The attributes it rests on that nobody stated: the questions whose answers settle it
  /// (empty for a confirmed finding).
  public var assumed: [Assumption]

  public init(
    rule: String, target: String, targetKind: TargetKind, stride: [StrideCategory],
    severity: Severity, status: TriageStatus = .open, title: String, description: String = "",
    mitigations: [String] = [], references: [Reference] = [], ask: String? = nil,
    why: [Evidence] = [], triage: Triage? = nil, basis: FindingBasis = .confirmed,
    linddun: LinddunCategory? = nil, clearedBy: [String] = [], assumed: [Assumption] = []
  ) {
    self.rule = rule
    self.target = target
    self.targetKind = targetKind
    self.stride = stride
    self.severity = severity
    self.status = status
    self.title = title
    self.description = description
    self.mitigations = mitigations
    self.references = references
    self.ask = ask
    self.why = why
    self.triage = triage
    self.basis = basis
    self.linddun = linddun
    self.clearedBy = clearedBy
    self.assumed = assumed
  }

  public var isOpen: Bool { status.isOpen }
}

/// A reference to an outside source: `ncsc CP-6`, `cwe CWE-306`.
public struct Reference: Hashable, Sendable, Codable {
  /// The reference system (`ncsc`, `etsi`, `owasp-iot`, `cwe`, `capec`, `iec62443`, ...).
  public var system: String
  public var id: String
  /// A short title, when the catalogue knows one.
  public var title: String?

  public init(system: String, id: String, title: String? = nil) {
    self.system = system
    self.id = id
    self.title = title
  }
}

/// One fact a rule read while deciding to fire: `flow.encrypted is false (assumed)`.
public struct Evidence: Hashable, Sendable, Codable {
  /// Where a value came from, in the catalogue's lookup order.
  public enum Origin: String, Hashable, Sendable, Codable {
    case stated, inherited, implied, derived, assumed, unknown
  }

  /// The path read, such as `flow.encrypted` or `source.kind`.
  public var path: String
  /// The value as text (`true`, `public`, `unknown`).
  public var value: String
  public var origin: Origin
  /// Where an inherited or implied value came from (`boundary street`, `protocol https`).
  public var detail: String?

  public init(path: String, value: String, origin: Origin, detail: String? = nil) {
    self.path = path
    self.value = value
    self.origin = origin
    self.detail = detail
  }
}

/// An attribute a finding rests on that nobody stated, and what it is about.
public struct Assumption: Hashable, Sendable, Codable {
  /// The attribute (`default-credentials`).
  public var attribute: String
  /// The id of the element, flow or boundary it is about.
  public var subject: String
  public var subjectKind: Finding.TargetKind

  public init(attribute: String, subject: String, subjectKind: Finding.TargetKind) {
    self.attribute = attribute
    self.subject = subject
    self.subjectKind = subjectKind
  }
}
