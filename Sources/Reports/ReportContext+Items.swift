import DFDModel

extension ReportContext {
  /// An element, flow or boundary as the STRIDE-per-element tables list it.
  struct Item {
    var kind: String
    var id: String
    var name: String
    var detail: String
    var boundary: String
    var baseline: [StrideCategory]
    var findings: [Finding]

    var kindTitle: String { kind.prefix(1).uppercased() + kind.dropFirst() }

    /// The STRIDE categories listed for the item: its baseline and any a finding names.
    var categories: [StrideCategory] { Set(baseline).union(findings.flatMap(\.stride)).sorted() }
  }

  /// Each element, then each flow, then each boundary with findings, with one row per STRIDE
  /// category that applies to it (the STRIDE-per-element baseline, plus any category a finding
  /// on it names), for the workshop.
  func items() -> [[String: Any]] { itemList().map(values(of:)) }

  /// The items `items()` describes, before they become template data.
  func itemList() -> [Item] {
    var byTarget: [String: [Finding]] = [:]
    for finding in input.findings { byTarget[finding.target, default: []].append(finding) }
    let diagram = input.diagram
    var items: [Item] = []
    for element in diagram.elements {
      let boundary = element.boundary.flatMap(diagram.boundary).map { "in \($0.displayName)" } ?? ""
      items.append(
        Item(
          kind: "element", id: element.id, name: element.displayName,
          detail: "\(element.kind), \(element.category.title)", boundary: boundary,
          baseline: StrideBaseline.categories(for: element.category),
          findings: byTarget[element.id] ?? []))
    }
    for flow in diagram.flows {
      let names = diagram.crossedBoundaries(by: flow).map(\.displayName)
      let crossed = names.isEmpty ? "" : "crosses " + names.joined(separator: ", ")
      items.append(
        Item(
          kind: "flow", id: flow.id, name: input.flowName(flow),
          detail: flow.protocol ?? "", boundary: crossed, baseline: StrideBaseline.flow,
          findings: byTarget[flow.id] ?? []))
    }
    for boundary in diagram.boundaries {
      guard let findings = byTarget[boundary.id] else { continue }
      items.append(
        Item(
          kind: "boundary", id: boundary.id, name: boundary.displayName,
          detail: boundary.type ?? "", boundary: "", baseline: [], findings: findings))
    }
    return items
  }

  private func values(of item: Item) -> [String: Any] {
    let rows: [[String: Any]] = item.categories.map { category in
      let fired = item.findings.filter { $0.stride.contains(category) }
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
      row["rulesText"] = Self.rulesText(fired)
      row["statusText"] = Self.statusText(fired)
      row["askText"] = Self.askText(fired)
      row["inBaseline"] = item.baseline.contains(category)
      return row
    }
    return [
      "kind": item.kind, "kindTitle": item.kindTitle, "id": item.id,
      "hasDetail": !item.detail.isEmpty, "name": item.name, "detail": item.detail,
      "boundary": item.boundary, "hasBoundary": !item.boundary.isEmpty, "rows": rows,
      "findingCount": item.findings.count, "openCount": item.findings.filter(\.isOpen).count,
    ]
  }

  static func rulesText(_ fired: [Finding]) -> String {
    fired.map { "\($0.rule): \($0.title) (\($0.severity.title))" }.joined(separator: "\n")
  }

  static func statusText(_ fired: [Finding]) -> String {
    fired.map(\.status.title).joined(separator: "\n")
  }

  static func askText(_ fired: [Finding]) -> String {
    fired.map { $0.ask ?? "" }.joined(separator: "\n")
  }
}
