import DFDModel
import Reports
import ThreatEngine

/// The output formats of `threats`.
package enum ThreatsFormat: String, CaseIterable, Sendable {
  case table, json, csv, sarif, markdown
}

/// Writes the findings of a valid model in one of the `threats` formats.
package enum FindingsOutput {
  /// How the findings are written: the table's width and colours, the lens it reads them
  /// through, and the attack paths it ends with under the STRIDE lens.
  package struct Options: Sendable {
    package var width: Int
    package var colors: Bool
    package var lens: FindingsLens
    package var attackPaths: [AttackPath]

    package init(
      width: Int, colors: Bool, lens: FindingsLens = .stride, attackPaths: [AttackPath] = []
    ) {
      self.width = width
      self.colors = colors
      self.lens = lens
      self.attackPaths = attackPaths
    }
  }

  /// `findings` of `loaded` as `format`, whole.
  package static func render(
    _ findings: [Finding], of loaded: ValidModel, catalogue: Catalogue, as format: ThreatsFormat,
    width: Int, colors: Bool, lens: FindingsLens = .stride, attackPaths: [AttackPath] = []
  ) -> String {
    var text = ""
    let options = Options(width: width, colors: colors, lens: lens, attackPaths: attackPaths)
    write(findings, of: loaded, catalogue: catalogue, as: format, options) { text += $0 }
    return text
  }

  /// `findings` of `loaded` as `format`, handed to `output` in pieces: JSON and SARIF as they
  /// are written (10,000 elements' findings are never held whole), the others in one piece.
  package static func write(
    _ findings: [Finding], of loaded: ValidModel, catalogue: Catalogue, as format: ThreatsFormat,
    _ options: Options, to output: (String) -> Void
  ) {
    switch format {
    case .json:
      FindingsJSON(
        modelPath: loaded.path, catalogue: catalogue, sourceMap: loaded.sourceMap,
        attackPaths: options.attackPaths
      )
      .write(findings, of: loaded.diagram, to: output)
    case .csv:
      output(CSVWriter().write(ReportBuilder.input(loaded, findings, catalogue)))
    case .sarif:
      SARIFWriter().write(ReportBuilder.input(loaded, findings, catalogue), to: output)
    case .markdown:
      output(MarkdownTableWriter().write(ReportBuilder.input(loaded, findings, catalogue)))
    case .table:
      let table = FindingsTable(width: options.width, colors: options.colors)
      output(
        options.lens == .privacy
          ? table.renderPrivacy(findings, of: loaded.diagram)
          : table.render(findings, of: loaded.diagram, attackPaths: options.attackPaths))
    }
  }
}
