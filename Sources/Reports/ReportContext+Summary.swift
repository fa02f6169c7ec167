import DFDModel
import OutputEscaping

extension ReportContext {
  /// Open findings by STRIDE category (primary) and severity, and all findings by status.
  func summary() -> [String: Any] {
    var matrix: [StrideCategory: [Severity: Int]] = [:]
    var bySeverity: [Severity: Int] = [:]
    var byStatus: [TriageStatus: Int] = [:]
    for finding in input.findings {
      byStatus[finding.status, default: 0] += 1
      guard finding.isOpen, let primary = finding.stride.first else { continue }
      matrix[primary, default: [:]][finding.severity, default: 0] += 1
      bySeverity[finding.severity, default: 0] += 1
    }
    let severities = Severity.allCases.reversed()
    let rows: [[String: Any]] = StrideCategory.allCases.map { category in
      let counts = matrix[category] ?? [:]
      var row = Self.stride(category)
      row["cells"] = severities.map { severity -> [String: Any] in
        let count = counts[severity] ?? 0
        return ["severity": severity.rawValue, "count": count, "isZero": count == 0]
      }
      let total = counts.values.reduce(0, +)
      row["total"] = total
      row["isZero"] = total == 0
      return row
    }
    let totals: [[String: Any]] = severities.map { severity in
      let count = bySeverity[severity] ?? 0
      return ["severity": severity.rawValue, "count": count, "isZero": count == 0]
    }
    let statuses: [[String: Any]] = TriageStatus.allCases.map { status in
      var row = Self.status(status)
      let count = byStatus[status] ?? 0
      row["count"] = count
      row["isZero"] = count == 0
      return row
    }
    return [
      "strideRows": rows, "severityTotals": totals,
      "openTotal": bySeverity.values.reduce(0, +), "statusRows": statuses,
    ]
  }

  /// The sanitised inline SVG and, for Markdown, the file it is written to.
  func diagram() -> [String: Any] {
    guard input.svg != nil else {
      return ["svg": "", "file": "", "hasFile": false, "hasBadges": false]
    }
    let file = diagramFile.flatMap(Escaping.markdownLinkDestination) ?? ""
    return [
      "svg": LazyValue { sanitizedSVG() }, "file": file,
      "hasFile": !file.isEmpty,
      "hasBadges": input.svgHasBadges,
      "views": input.views.map { view in
        ["title": view.title, "svg": LazyValue { Self.viewSanitizer.sanitize(view.svg) }]
      },
      "hasViews": !input.views.isEmpty,
    ]
  }

  /// A further view is a picture only: its groups link to nothing and keep no `id`, so the
  /// page's ids stay unique and its script sees the full diagram alone.
  private static let viewSanitizer = SVGSanitizer(keepsIDs: false)

  /// The diagram's SVG through `SVGSanitizer`, with its groups linked to the model.
  func sanitizedSVG() -> String {
    guard let svg = input.svg else { return "" }
    let targets = diagramTargets()
    return SVGSanitizer { targets[$0] }.sanitize(svg)
  }

  /// SVG group ids (`el-<id>`, `flow-<id>`, `tb-<id>`) and the model ids they draw.
  ///
  /// Identifiers the renderer had to slug are matched through `DiagramSlug`.
  func diagramTargets() -> [String: String] {
    var targets: [String: String] = [:]
    let diagram = input.diagram
    for element in diagram.elements { DiagramSlug.register("el-", element.id, in: &targets) }
    for boundary in diagram.boundaries { DiagramSlug.register("tb-", boundary.id, in: &targets) }
    for flow in diagram.drawnFlows { DiagramSlug.register("flow-", flow.id, in: &targets) }
    return targets
  }
}
