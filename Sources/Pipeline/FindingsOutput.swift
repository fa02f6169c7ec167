import DFDModel
import Reports
import ThreatEngine

/// The output formats of `threats`.
package enum ThreatsFormat: String, CaseIterable, Sendable {
  case table, json, csv, sarif, markdown
}

/// Writes the findings of a valid model in one of the `threats` formats.
package enum FindingsOutput {
  /// `findings` of `loaded` as `format`; the table is `width` columns wide, coloured when
  /// `colors` says so, read through `lens`, and ends with `attackPaths` under the STRIDE lens.
  package static func render(
    _ findings: [Finding], of loaded: ValidModel, catalogue: Catalogue, as format: ThreatsFormat,
    width: Int, colors: Bool, lens: FindingsLens = .stride, attackPaths: [AttackPath] = []
  ) throws -> String {
    switch format {
    case .json:
      return try FindingsJSON(
        modelPath: loaded.path, catalogue: catalogue, sourceMap: loaded.sourceMap
      )
      .render(findings, of: loaded.diagram)
    case .csv:
      return CSVWriter().write(ReportBuilder.input(loaded, findings, catalogue))
    case .sarif:
      return SARIFWriter().write(ReportBuilder.input(loaded, findings, catalogue))
    case .markdown:
      return MarkdownTableWriter().write(ReportBuilder.input(loaded, findings, catalogue))
    case .table:
      let table = FindingsTable(width: width, colors: colors)
      return lens == .privacy
        ? table.renderPrivacy(findings, of: loaded.diagram)
        : table.render(findings, of: loaded.diagram, attackPaths: attackPaths)
    }
  }
}
