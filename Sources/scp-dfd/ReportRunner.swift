import ArgumentParser
import DFDLayout
import DFDModel
import Foundation
import Reports
import ThreatEngine

/// The steps `report` and `threats` share to build a report's input.
enum ReportRunner {
  /// The report input for `findings` of a valid model, without the diagram's SVG; `drawn`
  /// says that the SVG, when it comes, is `diagram(_:_:)`'s, badges and all.
  static func input(
    _ loaded: ValidModel, _ findings: [Finding], _ catalogue: Catalogue, drawn: Bool = false
  ) -> ReportInput {
    ReportInput(
      diagram: loaded.diagram, sourceMap: loaded.sourceMap, findings: findings,
      modelPath: loaded.path, catalogue: CatalogueInfo(catalogue), svgHasBadges: drawn,
      generated: now(), toolVersion: SCPDFD.version)
  }

  /// The diagram as SVG with threat badges, laid out as `render` would; a big model's tooltips
  /// count findings instead of listing them, as the report lists them one click away.
  static func diagram(_ loaded: ValidModel, _ findings: [Finding]) throws
    -> String
  {
    var options = DiagramOptions(
      name: URL(fileURLWithPath: loaded.path).deletingPathExtension().lastPathComponent)
    options.preset = LayoutCost(loaded.diagram).preset
    options.listsFindingsInTooltips = !options.fast
    let rendering = try RenderCommandRunner.render(
      loaded.diagram, findings: findings, facts: loaded.flowFacts(),
      numbers: FlowNumbers(loaded.diagram), options: options, as: .svg)
    return String(decoding: rendering.data, as: UTF8.self)
  }

  /// The renderer for `format`, with the template file when one is given; a template that
  /// cannot be read or parsed is an input error (exit 2).
  static func renderer(for format: ReportFormat, template: String?) throws -> ReportRenderer {
    let text: String?
    do {
      text = try template.map(FileReader.readText)
    } catch {
      Terminal.writeErrorLine("\(template ?? ""): error: cannot read the template: \(error)")
      throw ExitCode(2)
    }
    do {
      return try ReportRenderer(format: format, template: text)
    } catch {
      Terminal.writeErrorLine(
        "\(template ?? ""):\(error.line):\(error.column): error: \(error.message)")
      throw ExitCode(2)
    }
  }

  /// The generation time: `SOURCE_DATE_EPOCH` when set (reproducible output), else now.
  static func now() -> Date {
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) {
      return Date(timeIntervalSince1970: epoch)
    }
    return Date()
  }
}
