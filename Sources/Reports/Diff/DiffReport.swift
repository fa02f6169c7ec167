import DFDModel

/// What the diff writers read: the two versions of a model, by name, and what changed.
public struct DiffReport: Sendable {
  /// How the old version was named (`HEAD~1:city.dfd`).
  public var oldName: String
  /// How the new version was named (`city.dfd`).
  public var newName: String
  public var old: Diagram
  public var new: Diagram
  public var model: ModelDiff
  public var findings: FindingsDiff

  /// A report of the changes from `old` (with findings `oldFindings`) to `new`; `basis` names a
  /// finding's basis, when findings carry one.
  public init(
    oldName: String, old: Diagram, oldFindings: [Finding], newName: String, new: Diagram,
    newFindings: [Finding], basis: FindingsDiff.Basis = { _ in nil }
  ) {
    self.oldName = oldName
    self.newName = newName
    self.old = old
    self.new = new
    model = ModelDiff(from: old, to: new)
    findings = FindingsDiff(from: oldFindings, to: newFindings, basis: basis)
  }

  /// Whether nothing changed, in the model or its threats.
  public var isEmpty: Bool { model.isEmpty && findings.isEmpty }

  /// `Model: 1 added, 1 removed, 2 changed. Threats: 3 new (1 high, 2 medium), 1 resolved, 1
  /// changed.`, or that nothing changed; the words of the first line of every format.
  public var summary: String {
    guard !isEmpty else { return "No changes to the model or its threats." }
    let modelCounts = ModelDiff.Change.allCases.map { "\(model.count($0)) \($0.rawValue)" }
    let modelPart =
      modelCounts.joined(separator: ", ")
      + (model.model.isEmpty ? "" : ", model statement changed")
    var newPart = "\(findings.count(.new)) new"
    let bySeverity = Severity.allCases.reversed().compactMap { severity -> String? in
      let count = findings.entries(.new).count { $0.finding.severity == severity }
      return count == 0 ? nil : "\(count) \(severity.rawValue)"
    }
    if !bySeverity.isEmpty { newPart += " (" + bySeverity.joined(separator: ", ") + ")" }
    let threatPart = [
      newPart, "\(findings.count(.resolved)) resolved", "\(findings.count(.changed)) changed",
    ].joined(separator: ", ")
    return "Model: \(modelPart). Threats: \(threatPart)."
  }

  /// The diagram a finding entry belongs to: the old one for a resolved finding.
  func diagram(of entry: FindingsDiff.Entry) -> Diagram {
    entry.change == .resolved ? old : new
  }

  /// The label of a finding's target, if it has one.
  func targetLabel(of entry: FindingsDiff.Entry) -> String? {
    let finding = entry.finding
    let diagram = diagram(of: entry)
    switch finding.targetKind {
    case .element: return diagram.element(finding.target)?.label
    case .flow: return diagram.flow(finding.target)?.label
    case .boundary: return diagram.boundary(finding.target)?.label
    }
  }

  /// The facts a new finding fired on, as `flow.encrypted is false (assumed)`.
  static func reasons(_ finding: Finding) -> [String] { finding.why.map(\.text) }
}

extension FindingsDiff.Entry {
  /// What changed, as `status: open → mitigated` lines (empty for a new or resolved finding).
  var changeTexts: [String] {
    var texts: [String] = []
    if let severity {
      texts.append("severity: \(severity.old.rawValue) → \(severity.new.rawValue)")
    }
    if let status { texts.append("status: \(status.old.rawValue) → \(status.new.rawValue)") }
    if status != nil, let note = finding.triage?.note { texts.append("note: " + note) }
    if let basis {
      texts.append("basis: \(basis.old ?? "none") → \(basis.new ?? "none")")
    }
    return texts
  }
}

extension FieldChange {
  /// `label: "Old" → "New"`, `boundary: highway → column`, `tls: true → not set`: plain text,
  /// for the caller to escape.
  var text: String {
    "\(field.name): \(Self.show(old, field)) → \(Self.show(new, field))"
  }

  private static func show(_ value: String?, _ field: Field) -> String {
    guard let value else { return field == .boundary ? "top level" : "not set" }
    return field == .label ? "\"\(value)\"" : value
  }
}
