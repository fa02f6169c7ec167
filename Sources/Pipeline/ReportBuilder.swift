import DFDLayout
import DFDModel
import Diagnostics
import Foundation
import Reports
import ThreatEngine

/// The steps from a valid model to a report: its input, its diagram and its page.
package enum ReportBuilder {
  /// A report ready to write, and the warnings laying out its diagram gave.
  package struct Built {
    package var page: PreparedReport
    package var svg: String
    package var warnings: String
  }

  /// The report of `analysis` (its findings and what each bulk triage line settled) on
  /// `loaded`, with its diagram (and, for HTML, its further views) laid out as `render` would;
  /// `diagramFile` names the SVG written beside a Markdown report.
  ///
  /// The page is rendered when it is written, after the layout. (Preparing the page beside the
  /// layout, in a child task, hid 0.3 s of a 1,000-element report while the finding rows were
  /// built in Swift; now that the template renders them, what is left to prepare takes under
  /// 1 ms, so the task went.)
  package static func build(
    _ loaded: ValidModel, analysis: Analysis, catalogue: Catalogue, renderer: ReportRenderer,
    diagramFile: String?, timer: inout PhaseTimer
  ) throws(PipelineFailure) -> Built {
    let findings = analysis.findings
    let report = reportInput(loaded, findings, catalogue, coverage: analysis.coverage)
    let page = renderer.prepare(report, withDiagram: true, diagramFile: diagramFile)
    let drawing = try timer.measure("layout") { () throws(PipelineFailure) in
      try diagram(loaded, findings)
    }
    var warnings = drawing.warnings
    let views =
      renderer.format == .html
      ? try timer.measure("views") { () throws(PipelineFailure) in
        try self.views(loaded, findings, warnings: &warnings)
      } : []
    let svg = String(decoding: drawing.rendering.data, as: UTF8.self)
    return Built(page: page.with(views: views), svg: svg, warnings: warnings)
  }

  /// The HTML report's further views (`DiagramView.all`), drawn as SVG as `diagram(_:_:)`
  /// draws the full one; their warnings are added to `warnings`.
  static func views(_ loaded: ValidModel, _ findings: [Finding], warnings: inout String)
    throws(PipelineFailure) -> [ReportInput.DiagramView]
  {
    // A big model (past the full layout preset) gets the overview only, laid out with the fast
    // preset: at 1,000 elements its 22 boundary views took 4.3 s to lay out and 1.2 s to
    // write, and the full-effort overview (76 nodes, 360 merged flows) 1.2 s, against 0.2 s
    // fast; all this beside a 0.7 s layout of the full diagram.
    let big = LayoutCost(loaded.diagram).preset != .full
    let views = DiagramView.all(
      of: loaded.diagram, findings: findings, facts: loaded.flowFacts(),
      numbers: FlowNumbers(loaded.diagram), boundaries: !big)
    var drawn: [ReportInput.DiagramView] = []
    for view in views {
      var options = DiagramOptions(showLegend: view.isOverview, name: view.title)
      options.preset = big ? .fast : LayoutCost(view.diagram).preset
      options.listsFindingsInTooltips = !options.fast
      let drawing = try DiagramDrawer.draw(
        view.diagram, findings: view.findings, facts: view.facts, numbers: view.numbers,
        options: options, as: .svg)
      warnings += drawing.warnings
      drawn.append(
        .init(title: view.title, svg: String(decoding: drawing.rendering.data, as: UTF8.self)))
    }
    return drawn
  }

  /// The report input for `findings` of a valid model, without the diagram's SVG; `drawn`
  /// says that the SVG, when it comes, is `diagram(_:_:)`'s, badges and all.
  package static func input(
    _ loaded: ValidModel, _ findings: [Finding], _ catalogue: Catalogue, drawn: Bool = false
  ) -> ReportInput {
    ReportInput(
      diagram: loaded.diagram, sourceMap: loaded.sourceMap, findings: findings,
      modelPath: loaded.path, catalogue: CatalogueInfo(catalogue), svgHasBadges: drawn,
      generated: now(), toolVersion: ToolVersion.current)
  }

  /// The input of a whole report (HTML or Markdown, its diagram drawn by `diagram(_:_:)`): as
  /// `input`, with the question pack and the attack paths, which only reports show, so the
  /// CSV, SARIF and register writers do not pay for them.
  package static func reportInput(
    _ loaded: ValidModel, _ findings: [Finding], _ catalogue: Catalogue,
    coverage: [TriageCoverage]
  ) -> ReportInput {
    var report = input(loaded, findings, catalogue, drawn: true)
    report.triageAudit = triageAudit(loaded, coverage)
    report.questions = QuestionPack(
      diagram: loaded.diagram, findings: findings, vocabulary: catalogue.vocabulary)
    report.attackPaths = loaded.attackPaths()
    return report
  }

  /// The report's triage audit: each bulk statement as written, where, and what the engine
  /// recorded it settling (`coverage`, from the analysis).
  static func triageAudit(_ loaded: ValidModel, _ coverage: [TriageCoverage])
    -> [ReportInput.TriageAudit]
  {
    coverage.compactMap { entry in
      guard loaded.diagram.triage.indices.contains(entry.triageIndex) else { return nil }
      let statement = loaded.diagram.triage[entry.triageIndex]
      let location =
        loaded.sourceMap.triage.indices.contains(entry.triageIndex)
        ? loaded.sourceMap.triage[entry.triageIndex] : nil
      return ReportInput.TriageAudit(
        statement: "threat \(statement.rule) on \(statement.selector.written): "
          + statement.status.rawValue,
        location: location.map { "\($0.file):\($0.line)" } ?? "",
        findings: entry.findings)
    }
  }

  /// The diagram as SVG with threat badges, laid out as `render` would; a big model's tooltips
  /// count findings instead of listing them, as the report lists them one click away.
  package static func diagram(_ loaded: ValidModel, _ findings: [Finding])
    throws(PipelineFailure) -> DiagramDrawer.Drawing
  {
    var options = DiagramOptions(
      name: URL(fileURLWithPath: loaded.path).deletingPathExtension().lastPathComponent)
    options.preset = LayoutCost(loaded.diagram).preset
    options.listsFindingsInTooltips = !options.fast
    return try DiagramDrawer.draw(
      loaded.diagram, findings: findings, facts: loaded.flowFacts(),
      numbers: FlowNumbers(loaded.diagram), options: options, as: .svg)
  }

  /// The renderer for `format`, with the template file when one is given; a template that
  /// cannot be read or parsed is an input error (exit 2).
  package static func renderer(for format: ReportFormat, template: String?)
    throws(PipelineFailure) -> ReportRenderer
  {
    let text: String?
    do {
      text = try template.map(FileReader.readText)
    } catch {
      throw .line("\(template ?? ""): error: cannot read the template: \(error)")
    }
    do {
      return try ReportRenderer(format: format, template: text)
    } catch {
      // Only a given template can fail to parse: the built-in ones are tested.
      let file = SourceFile(path: template ?? "template", text: text ?? "")
      let start = file.offset(line: error.line, column: error.column)
      let diagnostic = Diagnostic(
        .error, "DFD801", error.message,
        at: SourceRange(file: file.path, start: start, end: min(start + 1, file.bytes.count)),
        notes: [.init("docs/templates.md lists what a template may use")])
      throw PipelineFailure(
        text: DiagnosticRenderer(files: [file.path: file], colors: false).render([diagnostic]))
    }
  }

  /// The generation time: `SOURCE_DATE_EPOCH` when set (reproducible output), else now.
  package static func now() -> Date {
    if let epoch = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Double.init) {
      return Date(timeIntervalSince1970: epoch)
    }
    return Date()
  }
}
