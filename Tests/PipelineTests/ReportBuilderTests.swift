import Foundation
import Pipeline
import Reports
import Testing

/// Building a report in process: the page, its diagram, and template failures as values.
struct ReportBuilderTests {
  let scratch = Scratch()

  @Test func aSampleReportHoldsItsDiagramAndFindings() async throws {
    let path = samplesFolder.appendingPathComponent("street-lighting.dfd").path
    let loaded = try #require(ModelReader(catalogue: .builtIn).read(path, index: true).valid)
    let findings = loaded.analyze().findings
    var timer = PhaseTimer(enabled: false)
    let renderer = try ReportBuilder.renderer(for: .html, template: nil)
    let built = try ReportBuilder.build(
      loaded, findings: findings, catalogue: .builtIn, renderer: renderer, diagramFile: nil,
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
      loaded, findings: loaded.analyze().findings, catalogue: .builtIn,
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
