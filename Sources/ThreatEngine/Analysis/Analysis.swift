import DFDModel

/// What analysing a model produced: the findings in report order, and problems with its triage.
public struct Analysis: Hashable, Sendable {
  public var findings: [Finding]
  public var problems: [TriageProblem]
  /// What each bulk `threat` statement settled, in statement order.
  public var coverage: [TriageCoverage]

  public init(
    findings: [Finding] = [], problems: [TriageProblem] = [], coverage: [TriageCoverage] = []
  ) {
    self.findings = findings
    self.problems = problems
    self.coverage = coverage
  }

  /// The findings still open.
  public var open: [Finding] { findings.filter { $0.status.isOpen } }
}

/// A `threat` statement that does not line up with the analysis: a warning for `check`.
///
/// The engine does not know source positions; `triageIndex` indexes `Diagram.triage` and
/// `SourceMap.triage`, so the caller can point at the statement.
public struct TriageProblem: Hashable, Sendable {
  /// Stable warning codes.
  public enum Code: String, Hashable, Sendable, CaseIterable {
    /// The statement triages a finding that does not exist (any more).
    case staleTriage = "DFD601"
    /// A model-specific threat names a target that is not in the model.
    case unknownTarget = "DFD602"
    /// A second statement about a finding that already has one.
    case duplicateTriage = "DFD603"
  }

  public var code: Code
  public var message: String
  public var triageIndex: Int
  /// The likely intended word (a rule id close to a misspelt one), for a did-you-mean.
  public var suggestion: String?

  public init(code: Code, message: String, triageIndex: Int, suggestion: String? = nil) {
    self.code = code
    self.message = message
    self.triageIndex = triageIndex
    self.suggestion = suggestion
  }
}
