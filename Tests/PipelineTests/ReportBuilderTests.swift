import Foundation
import Pipeline
import Reports
import Testing
import ThreatEngine

/// Building a report in process: the page, its diagram, and template failures as values.
struct ReportBuilderTests {
  let scratch = Scratch()

  @Test func aSampleReportHoldsItsDiagramAndFindings() async throws {
    let path = samplesFolder.appendingPathComponent("street-lighting.dfd").path
    let loaded = try #require(ModelReader(catalogue: .builtIn).read(path, index: true).valid)
    let analysis = loaded.analyze()
    let findings = analysis.findings
    var timer = PhaseTimer(enabled: false)
    let renderer = try ReportBuilder.renderer(for: .html, template: nil)
    let built = try ReportBuilder.build(
      loaded, analysis: analysis, catalogue: .builtIn, renderer: renderer, diagramFile: nil,
      timer: &timer)
    var bytes: [UInt8] = []
    try built.page.writePage(svg: built.svg) { bytes += $0 }
    let page = String(decoding: bytes, as: UTF8.self)
    #expect(page.contains("<svg"))
    #expect(page.contains(try #require(findings.first).rule))
    #expect(built.warnings.isEmpty)
  }

  /// The page of the sample in `format`, through `template` when given.
  func page(_ format: ReportFormat, template: String? = nil) async throws -> String {
    let path = samplesFolder.appendingPathComponent("street-lighting.dfd").path
    let loaded = try #require(ModelReader(catalogue: .builtIn).read(path, index: true).valid)
    var timer = PhaseTimer(enabled: false)
    let built = try ReportBuilder.build(
      loaded, analysis: loaded.analyze(), catalogue: .builtIn,
      renderer: try ReportBuilder.renderer(for: format, template: template),
      diagramFile: format == .markdown ? "lighting.svg" : nil, timer: &timer)
    var bytes: [UInt8] = []
    try built.page.writePage(svg: built.svg) { bytes += $0 }
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test func markdownHasTheWorkshopTable() async throws {
    let text = try await page(.markdown)
    #expect(text.hasPrefix("# Threat model: "))
    #expect(text.contains("| Generated | "))
    #expect(
      text.contains("| STRIDE | Rules that fired | Status | Question for the supplier | Answer |"))
    #expect(text.contains("lighting.svg"))
  }

  @Test func aCustomTemplateRendersThePage() async throws {
    try scratch.write(
      "council.html.mustache", "<h1>Council: {{title}}</h1>{{#findings}}<p>{{id}}</p>{{/findings}}")
    let text = try await page(.html, template: scratch.path("council.html.mustache"))
    #expect(text.hasPrefix("<h1>Council: "))
    #expect(text.contains("<p>SCP-"))
  }

  @Test func aMissingTemplateIsAFailureWithExitStatusTwo() {
    let missing = scratch.path("nosuch.mustache")
    #expect {
      try ReportBuilder.renderer(for: .html, template: missing)
    } throws: { error in
      guard let failure = error as? PipelineFailure else { return false }
      return failure.status == 2
        && failure.text == "\(missing): error: cannot read the template: no such file\n"
    }
  }

  @Test func aTemplateThatDoesNotParseSaysWhere() throws {
    try scratch.write("bad.mustache", "<p>{{#rows}}</p>\n")
    #expect {
      try ReportBuilder.renderer(for: .html, template: scratch.path("bad.mustache"))
    } throws: { error in
      guard let failure = error as? PipelineFailure else { return false }
      return failure.status == 2
        && failure.text.hasPrefix(scratch.path("bad.mustache") + ":2:1: error[DFD801]: ")
        && failure.text.contains("a section is not closed") && failure.text.contains("^")
    }
  }
}

/// The report's triage audit: each bulk `threat` statement and the findings the engine
/// recorded it settling, stale ones marked.
struct ReportTriageAuditTests {
  let scratch = Scratch()

  static let model = """
    model "Audit"
    boundary street "Street" [type: physical, exposure: public] {
      sensor aq "Air sensor"
      sensor aq2 "Second sensor"
    }
    service cms "CMS"
    aq -> cms "Readings" [protocol: https]
    aq2 -> cms "Readings" [protocol: https]

    """

  /// The model with a bulk statement settling a rule that fires on both sensors, and a stale
  /// one naming a rule that fires on nothing here.
  func loaded() throws -> (ValidModel, settled: String, stale: String) {
    try scratch.write("plain.dfd", Self.model)
    let plain = try #require(
      ModelReader(catalogue: .builtIn).read(scratch.path("plain.dfd")).valid)
    let findings = plain.analyze().findings
    let settled = try #require(
      findings.first {
        $0.target == "aq" && findings.contains(where: { $0.id == "\($0.rule)@aq2" })
      }?
      .rule)
    let fired = Set(findings.map(\.rule))
    let stale = try #require(Catalogue.builtIn.rules.map(\.id).first { !fired.contains($0) })
    try scratch.write(
      "audit.dfd",
      Self.model + "threat \(settled) on kind sensor [status: accepted, note: \"fleet\"]\n"
        + "threat \(stale) on * [status: mitigated]\n")
    let loaded = try #require(
      ModelReader(catalogue: .builtIn).read(scratch.path("audit.dfd")).valid)
    return (loaded, settled, stale)
  }

  @Test func htmlListsEachBulkStatementAndWhatItSettles() async throws {
    let (loaded, settled, stale) = try loaded()
    let page = try await reportPage(loaded, .html)
    #expect(page.contains("<h2 id=\"triage-audit-title\">Triage audit</h2>"))
    #expect(page.contains("<code>threat \(settled) on kind sensor: accepted</code>"))
    #expect(
      page.contains(
        "audit.dfd:9</span>: settles 2: <code>\(settled)@aq</code> <code>\(settled)@aq2</code></li>"
      ))
    #expect(page.contains("<code>threat \(stale) on *: mitigated</code>"))
    #expect(page.contains("audit.dfd:10</span>: <strong>settles nothing</strong>"))
  }

  @Test func markdownListsThemToo() async throws {
    let (loaded, settled, _) = try loaded()
    let page = try await reportPage(loaded, .markdown)
    #expect(page.contains("## Triage audit"))
    #expect(page.contains("threat \(settled) on kind sensor: accepted ("))
    // The Markdown escaper puts `@name` in a code span, so no renderer reads it as a mention.
    #expect(page.contains("audit.dfd:9): settles 2: \(settled)`@aq`, \(settled)`@aq2`\n"))
    #expect(page.contains("**settles nothing**"))
  }

  @Test func aModelWithoutBulkStatementsHasNoAudit() async throws {
    let path = samplesFolder.appendingPathComponent("street-lighting.dfd").path
    let loaded = try #require(ModelReader(catalogue: .builtIn).read(path).valid)
    #expect(!(try await reportPage(loaded, .html)).contains("triage-audit"))
  }
}
