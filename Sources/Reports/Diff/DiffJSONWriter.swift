import DFDModel

/// Writes a diff as one JSON object for tools (docs/json-format.md, "diff"): keys in
/// alphabetical order, written by `JSONWriter`.
public struct DiffJSONWriter: Sendable {
  /// The version of the document's shape; removing or retyping a key increments it.
  public static let version = 1

  public init() {}

  /// The JSON text of `report`, ending with a newline.
  public func write(_ report: DiffReport) -> String {
    JSONWriter.text(.standard) { json in
      json.object {
        $0.member("findings") {
          $0.array { for entry in report.findings.entries { finding(entry, report, to: &$0) } }
        }
        $0.member("model") { model(report.model, to: &$0) }
        $0.member("new", report.newName)
        $0.member("old", report.oldName)
        $0.member("summary") { summary(report, to: &$0) }
        $0.member("version", Self.version)
      }
    }
  }

  private func finding(_ entry: FindingsDiff.Entry, _ report: DiffReport, to json: inout JSONWriter)
  {
    let finding = entry.finding
    json.object {
      $0.member("change", entry.change.rawValue)
      $0.member("changes") {
        $0.array {
          if let severity = entry.severity {
            change("severity", severity.old.rawValue, severity.new.rawValue, to: &$0)
          }
          if let status = entry.status {
            change("status", status.old.rawValue, status.new.rawValue, to: &$0)
          }
          if let basis = entry.basis { change("basis", basis.old, basis.new, to: &$0) }
        }
      }
      $0.member("id", finding.id)
      $0.member("rule", finding.rule)
      $0.member("severity", finding.severity.rawValue)
      $0.member("status", finding.status.rawValue)
      $0.member("target", finding.target)
      $0.member("targetKind", finding.targetKind.rawValue)
      $0.member("targetLabel", report.targetLabel(of: entry))
      $0.member("title", finding.title)
      if entry.change == .new {
        $0.member("why") { $0.array { for item in finding.why { $0.evidence(item) } } }
      }
    }
  }

  private func model(_ diff: ModelDiff, to json: inout JSONWriter) {
    json.object {
      $0.member("changes") { $0.array { for change in diff.model { field(change, to: &$0) } } }
      $0.member("items") { $0.array { for entry in diff.entries { item(entry, to: &$0) } } }
    }
  }

  private func item(_ entry: ModelDiff.Entry, to json: inout JSONWriter) {
    json.object {
      $0.member("boundary", entry.boundary)
      $0.member("change", entry.change.rawValue)
      $0.member("changes") { $0.array { for change in entry.fields { field(change, to: &$0) } } }
      $0.member("id", entry.id)
      $0.member("kind", entry.kind)
      $0.member("label", entry.label)
      $0.member("subject", entry.subject.rawValue)
    }
  }

  /// `{"field": "attribute", "name": "tls", "new": null, "old": "true"}`.
  private func field(_ change: FieldChange, to json: inout JSONWriter) {
    json.object {
      if case .attribute(let name) = change.field {
        $0.member("field", "attribute")
        $0.member("name", name)
      } else {
        $0.member("field", change.field.name)
      }
      $0.member("new", orNull: change.new)
      $0.member("old", orNull: change.old)
    }
  }

  private func change(_ field: String, _ old: String?, _ new: String?, to json: inout JSONWriter) {
    json.object {
      $0.member("field", field)
      $0.member("new", orNull: new)
      $0.member("old", orNull: old)
    }
  }

  private func summary(_ report: DiffReport, to json: inout JSONWriter) {
    let findings = report.findings
    json.object {
      $0.member("findings") {
        $0.object {
          $0.member("changed", findings.count(.changed))
          $0.member("new", findings.count(.new))
          $0.member("newBySeverity") {
            $0.object {
              for severity in Severity.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
                $0.member(
                  severity.rawValue,
                  findings.entries(.new).count { $0.finding.severity == severity })
              }
            }
          }
          $0.member("resolved", findings.count(.resolved))
          $0.member("unchanged", findings.unchanged)
        }
      }
      $0.member("model") {
        $0.object {
          for change in ModelDiff.Change.allCases.sorted(by: { $0.rawValue < $1.rawValue }) {
            $0.member(change.rawValue, report.model.count(change))
          }
        }
      }
    }
  }
}
