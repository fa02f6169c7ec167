import DFDModel

extension FindingsJSON {
  /// One finding's object, its members in alphabetical order (one line each: adding a field is
  /// adding a line in its place).
  func write(_ finding: Finding, to json: inout JSONWriter) {
    let triage = finding.triage
    json.object {
      $0.member("ask", finding.ask)
      $0.member("basis", finding.basis.rawValue)
      $0.member("by", triage?.by)
      if !finding.clearedBy.isEmpty { $0.member("clearedBy", strings: finding.clearedBy) }
      $0.member("date", triage?.date)
      $0.member("description", finding.description)
      $0.member("id", finding.id)
      $0.member("linddun", finding.linddun?.rawValue)
      if let location = sourceMap?[finding.target] {
        $0.member("location") {
          $0.object {
            $0.member("column", location.column)
            $0.member("file", location.file)
            $0.member("line", location.line)
          }
        }
      }
      $0.member("mitigations", strings: finding.mitigations)
      $0.member("note", triage?.note)
      $0.member("references") {
        $0.array { for reference in finding.references { write(reference, to: &$0) } }
      }
      $0.member("rule", finding.rule)
      $0.member("severity", finding.severity.rawValue)
      $0.member("status", finding.status.rawValue)
      $0.member("stride", strings: finding.stride.map(\.rawValue))
      $0.member("target", finding.target)
      $0.member("targetKind", finding.targetKind.rawValue)
      $0.member("ticket", triage?.ticket)
      $0.member("title", finding.title)
      $0.member("why") {
        $0.array { for evidence in finding.why { $0.evidence(evidence) } }
      }
    }
  }

  private func write(_ reference: Reference, to json: inout JSONWriter) {
    json.object {
      $0.member("id", reference.id)
      $0.member("system", reference.system)
      $0.member("title", reference.title)
    }
  }
}

extension JSONWriter {
  /// One `why` item of a finding: `{detail?, origin, path, value}` (findings JSON, diff JSON).
  mutating func evidence(_ evidence: Evidence) {
    object {
      $0.member("detail", evidence.detail)
      $0.member("origin", evidence.origin.rawValue)
      $0.member("path", evidence.path)
      $0.member("value", evidence.value)
    }
  }
}
