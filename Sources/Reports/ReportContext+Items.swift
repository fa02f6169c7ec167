import DFDModel

extension ReportContext {
  /// Each element, then each flow, then each boundary with findings, with one row per STRIDE
  /// category that applies to it (the STRIDE-per-element baseline, plus any category a finding
  /// on it names), for the workshop.
  func items() -> [[String: Any]] {
    var byTarget: [String: [Finding]] = [:]
    for finding in input.findings { byTarget[finding.target, default: []].append(finding) }
    let diagram = input.diagram
    var items: [[String: Any]] = []
    for element in diagram.elements {
      let boundary = element.boundary.flatMap(diagram.boundary).map { "in \($0.displayName)" } ?? ""
      items.append(
        item(
          kind: "element", id: element.id, name: element.displayName,
          detail: "\(element.kind), \(element.category.title)", boundary: boundary,
          baseline: StrideBaseline.categories(for: element.category),
          findings: byTarget[element.id] ?? []))
    }
    for flow in diagram.flows {
      let names = diagram.crossedBoundaries(by: flow).map(\.displayName)
      let crossed = names.isEmpty ? "" : "crosses " + names.joined(separator: ", ")
      items.append(
        item(
          kind: "flow", id: flow.id, name: input.flowName(flow),
          detail: flow.protocol ?? "", boundary: crossed, baseline: StrideBaseline.flow,
          findings: byTarget[flow.id] ?? []))
    }
    for boundary in diagram.boundaries {
      guard let findings = byTarget[boundary.id] else { continue }
      items.append(
        item(
          kind: "boundary", id: boundary.id, name: boundary.displayName,
          detail: boundary.type ?? "", boundary: "", baseline: [], findings: findings))
    }
    return items
  }

  private func item(
    kind: String, id: String, name: String, detail: String, boundary: String,
    baseline: [StrideCategory], findings: [Finding]
  ) -> [String: Any] {
    let categories = Set(baseline).union(findings.flatMap(\.stride)).sorted()
    let rows: [[String: Any]] = categories.map { category in
      let fired = findings.filter { $0.stride.contains(category) }
      var row = Self.stride(category)
      row["rules"] = fired.map { finding -> [String: Any] in
        [
          "rule": finding.rule, "title": finding.title, "status": finding.status.rawValue,
          "statusTitle": finding.status.title, "severity": finding.severity.rawValue,
          "severityTitle": finding.severity.title, "ask": finding.ask ?? "",
          "hasAsk": !(finding.ask ?? "").isEmpty,
        ]
      }
      row["hasRules"] = !fired.isEmpty
      // The same, one line per rule, for templates that write a cell per column.
      row["rulesText"] = fired.map { "\($0.rule): \($0.title) (\($0.severity.title))" }
        .joined(separator: "\n")
      row["statusText"] = fired.map(\.status.title).joined(separator: "\n")
      row["askText"] = fired.map { $0.ask ?? "" }.joined(separator: "\n")
      row["inBaseline"] = baseline.contains(category)
      return row
    }
    return [
      "kind": kind, "kindTitle": kind.prefix(1).uppercased() + kind.dropFirst(), "id": id,
      "hasDetail": !detail.isEmpty, "name": name, "detail": detail, "boundary": boundary,
      "hasBoundary": !boundary.isEmpty, "rows": rows, "findingCount": findings.count,
      "openCount": findings.filter(\.isOpen).count,
    ]
  }
}
