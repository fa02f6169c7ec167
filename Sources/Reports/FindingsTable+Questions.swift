import DFDModel

extension FindingsTable {
  /// Presumed findings as the questions that settle them: one entry per rule, most severe
  /// first, naming every target it was presumed on (with its severity and, for an element of
  /// several units, `×N`) and the rule's question.
  func questions(_ findings: [Finding], in diagram: Diagram) -> [String] {
    var order: [String] = []
    var byRule: [String: [Finding]] = [:]
    for finding in findings {
      if byRule[finding.rule] == nil { order.append(finding.rule) }
      byRule[finding.rule, default: []].append(finding)
    }
    let groups = order.compactMap { byRule[$0] }.enumerated().sorted { lhs, rhs in
      let left = lhs.element.map(\.severity.rank).max() ?? 0
      let right = rhs.element.map(\.severity.rank).max() ?? 0
      return left != right ? left > right : lhs.offset < rhs.offset
    }
    var lines: [String] = []
    let indent = String(repeating: " ", count: 11)
    for (_, group) in groups {
      guard let first = group.first else { continue }
      let worst = group.max { $0.severity.rank < $1.severity.rank } ?? first
      lines.append("")
      lines += rows(worst, detailed: false)
      let targets = group.map { finding in
        let count = finding.targetKind == .element ? diagram.element(finding.target)?.count : nil
        let units = count.map { $0 > 1 ? " ×" + Element.grouped($0) : "" } ?? ""
        return "\(finding.target)\(units) (\(finding.severity.rawValue))"
      }
      for (label, text) in [
        ("on", targets.joined(separator: ", ")), ("ask", first.ask ?? ""),
      ] where !text.isEmpty {
        lines += Self.wrap("\(label): \(text)", width: width - indent.count - 2).map {
          indent + "  " + $0
        }
      }
    }
    return lines
  }
}
