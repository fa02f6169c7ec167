import DFDModel

/// Writes a diff as one JSON object for tools (docs/json-format.md, "diff"): keys in
/// alphabetical order, strings escaped by `Escaping.json`.
public struct DiffJSONWriter: Sendable {
  /// The version of the document's shape; removing or retyping a key increments it.
  public static let version = 1

  public init() {}

  /// The JSON text of `report`, ending with a newline.
  public func write(_ report: DiffReport) -> String {
    let document = JSONValue.object([
      ("findings", .array(report.findings.entries.map { finding($0, report) })),
      ("model", model(report.model)),
      ("new", .string(report.newName)),
      ("old", .string(report.oldName)),
      ("summary", summary(report)),
      ("version", .integer(Self.version)),
    ])
    return document.text() + "\n"
  }

  private func finding(_ entry: FindingsDiff.Entry, _ report: DiffReport) -> JSONValue {
    let finding = entry.finding
    var changes: [JSONValue] = []
    if let severity = entry.severity {
      changes.append(change("severity", severity.old.rawValue, severity.new.rawValue))
    }
    if let status = entry.status {
      changes.append(change("status", status.old.rawValue, status.new.rawValue))
    }
    if let basis = entry.basis { changes.append(change("basis", basis.old, basis.new)) }
    return .object(dropping: [
      ("change", .string(entry.change.rawValue)),
      ("changes", .array(changes)),
      ("id", .string(finding.id)),
      ("rule", .string(finding.rule)),
      ("severity", .string(finding.severity.rawValue)),
      ("status", .string(finding.status.rawValue)),
      ("target", .string(finding.target)),
      ("targetKind", .string(finding.targetKind.rawValue)),
      ("targetLabel", report.targetLabel(of: entry).map(JSONValue.string)),
      ("title", .string(finding.title)),
      ("why", entry.change == .new ? .array(finding.why.map(evidence)) : nil),
    ])
  }

  private func evidence(_ evidence: Evidence) -> JSONValue {
    .object(dropping: [
      ("detail", evidence.detail.map(JSONValue.string)),
      ("origin", .string(evidence.origin.rawValue)),
      ("path", .string(evidence.path)),
      ("value", .string(evidence.value)),
    ])
  }

  private func model(_ diff: ModelDiff) -> JSONValue {
    .object([
      ("changes", .array(diff.model.map(field))),
      ("items", .array(diff.entries.map(item))),
    ])
  }

  private func item(_ entry: ModelDiff.Entry) -> JSONValue {
    .object(dropping: [
      ("boundary", entry.boundary.map(JSONValue.string)),
      ("change", .string(entry.change.rawValue)),
      ("changes", .array(entry.fields.map(field))),
      ("id", .string(entry.id)),
      ("kind", entry.kind.map(JSONValue.string)),
      ("label", entry.label.map(JSONValue.string)),
      ("subject", .string(entry.subject.rawValue)),
    ])
  }

  /// `{"field": "attribute", "name": "tls", "new": null, "old": "true"}`.
  private func field(_ change: FieldChange) -> JSONValue {
    var members: [(String, JSONValue)] = []
    if case .attribute(let name) = change.field {
      members = [("field", .string("attribute")), ("name", .string(name))]
    } else {
      members = [("field", .string(change.field.name))]
    }
    members.append(("new", change.new.map(JSONValue.string) ?? .null))
    members.append(("old", change.old.map(JSONValue.string) ?? .null))
    return .object(members)
  }

  private func change(_ field: String, _ old: String?, _ new: String?) -> JSONValue {
    .object([
      ("field", .string(field)), ("new", new.map(JSONValue.string) ?? .null),
      ("old", old.map(JSONValue.string) ?? .null),
    ])
  }

  private func summary(_ report: DiffReport) -> JSONValue {
    let findings = report.findings
    let newBySeverity = Severity.allCases.map { severity in
      (
        severity.rawValue,
        JSONValue.integer(findings.entries(.new).count { $0.finding.severity == severity })
      )
    }
    return .object([
      (
        "findings",
        .object([
          ("changed", .integer(findings.count(.changed))),
          ("new", .integer(findings.count(.new))),
          ("newBySeverity", .object(newBySeverity.sorted { $0.0 < $1.0 })),
          ("resolved", .integer(findings.count(.resolved))),
          ("unchanged", .integer(findings.unchanged)),
        ])
      ),
      (
        "model",
        .object(
          ModelDiff.Change.allCases.sorted { $0.rawValue < $1.rawValue }.map {
            ($0.rawValue, .integer(report.model.count($0)))
          })
      ),
    ])
  }
}
