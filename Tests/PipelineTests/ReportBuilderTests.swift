import Foundation
import Pipeline
import Reports
import Testing

/// Building a report in process: the page, its diagram, and template failures as values.
struct ReportBuilderTests {
  let scratch = Scratch()

  @Test func aSampleReportHoldsItsDiagramAndFindings() throws {
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
      return failure.status == 2 && failure.text.hasPrefix(scratch.path("bad.mustache") + ":")
        && failure.text.contains(": error: ")
    }
  }
}
