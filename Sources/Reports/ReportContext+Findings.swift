import DFDModel
import OutputEscaping

extension ReportContext {
  /// Every finding, open first and most severe first, with everything a table row shows.
  func findings() -> [[String: Any]] {
    MarkdownTableWriter.ordered(input.findings).enumerated().map { offset, finding in
      values(of: finding, number: offset + 1)
    }
  }

  func values(of finding: Finding, number: Int) -> [String: Any] {
    let references: [[String: Any]] = finding.references.map {
      ["system": $0.system, "id": $0.id, "title": $0.title ?? "", "text": $0.text]
    }
    return [
      "number": number,
      "id": finding.id,
      "domID": "finding-\(number)",
      "rule": finding.rule,
      "target": finding.target,
      "targetKind": finding.targetKind.rawValue,
      "targetName": input.targetName(of: finding),
      "diagramTarget": diagramTarget(of: finding),
      "stride": finding.stride.map(Self.stride),
      "strideKeys": finding.stride.map { Escaping.token($0.rawValue) }.joined(separator: " "),
      "strideLetters": finding.strideLetters,
      "strideNames": finding.strideNames,
      "severity": finding.severity.rawValue,
      "severityTitle": finding.severity.title,
      "severityRank": finding.severity.rank,
      "status": finding.status.rawValue,
      "statusTitle": finding.status.title,
      "isOpen": finding.isOpen,
      "basis": finding.basis.rawValue,
      "basisTitle": finding.basis == .confirmed ? "Confirmed" : "Presumed",
      "basisHint": finding.basis == .confirmed
        ? "Every fact that made it fire is stated in the model"
        : "It rests on a fact the model does not state; the question settles it",
      "title": finding.title,
      "description": finding.description,
      "mitigations": finding.mitigations,
      "hasMitigations": !finding.mitigations.isEmpty,
      "references": references,
      "hasReferences": !references.isEmpty,
      "evidence": finding.why.map(\.text),
      "hasEvidence": !finding.why.isEmpty,
      "ask": finding.ask ?? "",
      "hasAsk": !(finding.ask ?? "").isEmpty,
      "note": finding.note ?? "",
      "hasNote": !(finding.note ?? "").isEmpty,
      "ticket": finding.ticket ?? "",
      "hasTicket": !(finding.ticket ?? "").isEmpty,
      "hasDescription": !finding.description.isEmpty,
      "by": finding.triage?.by ?? "",
      "hasBy": !(finding.triage?.by ?? "").isEmpty,
      "date": finding.triage?.date ?? "",
      "hasDate": !(finding.triage?.date ?? "").isEmpty,
      "line": input.location(of: finding)?.line ?? 0,
    ]
  }

  /// The model id the diagram draws a finding's target as: the forward half for the reverse
  /// half of a two-way flow.
  func diagramTarget(of finding: Finding) -> String {
    if finding.targetKind == .flow, let flow = input.diagram.flow(finding.target),
      flow.direction == .reverse, let pair = flow.pair
    {
      return pair
    }
    return finding.target
  }
}
