import DFDLayout
import DFDModel
import Foundation
import Pipeline
import Reports
import Testing

/// The HTML report's further views (issue 17): the overview and each sizeable top-level
/// boundary with its neighbours, numbered as the full diagram, drawn as pictures only.
struct DiagramViewTests {
  static let model = """
    model "Depot"
    boundary depot "Depot <b>yard</b>" [type: physical] {
      sensor s1 "Sensor one"
      sensor s2 "Sensor two"
      gateway gw "Gateway"
    }
    boundary vendor "Vendor cloud" [type: cloud] {
      service cms "CMS"
      database db "Readings store"
      service api "API"
    }
    boundary police "Police" [type: organisation] {
      staff officer "Officer"
    }
    s1 -> gw "Readings"
    s2 -> gw "Readings"
    gw -> cms "Uplink" [protocol: https]
    cms -> db "Store"
    api -> db "Query"
    officer -> api "Request" [protocol: https]

    """

  func loaded(_ text: String) throws -> ValidModel {
    let scratch = Scratch()
    try scratch.write("m.dfd", text)
    return try #require(ModelReader(catalogue: .builtIn).read(scratch.path("m.dfd")).valid)
  }

  func views(_ loaded: ValidModel) -> [DiagramView] {
    DiagramView.all(
      of: loaded.diagram, findings: loaded.analyze().findings, facts: loaded.flowFacts(),
      numbers: FlowNumbers(loaded.diagram))
  }

  @Test func theOverviewThenEachBoundaryOfThreeOrMoreElements() throws {
    let views = views(try loaded(Self.model))
    #expect(
      views.map(\.title) == [
        "Overview", "Depot <b>yard</b> (3 elements) and its neighbours",
        "Vendor cloud (3 elements) and its neighbours",
      ])
    #expect(views.map(\.isOverview) == [true, false, false])
    // The depot's view brings the CMS it sends to, and not the police.
    let depot = views[1].diagram
    #expect(Set(depot.elements.map(\.id)) == ["s1", "s2", "gw", "cms"])
  }

  @Test func aFlowKeepsItsNumberInEveryView() throws {
    // The police's request is flow 6 of the full model, and 6 in the vendor's view, which
    // draws four of the six flows (not the sensors').
    let vendor = try #require(views(try loaded(Self.model)).last)
    #expect(vendor.diagram.drawnFlows.count == 4)
    let dot = DOTWriter(options: DiagramOptions()).write(
      vendor.diagram, findings: vendor.findings, facts: vendor.facts, numbers: vendor.numbers)
    #expect(dot.contains("<B>6. </B>Request"))
    #expect(dot.contains("<B>3. </B>Uplink"))
    #expect(!dot.contains("<B>1. </B>"))
  }

  @Test func oneTopLevelBoundaryGivesNoViews() throws {
    let one = """
      boundary site "Site" {
        sensor s "Sensor"
        gateway g "Gateway"
        service c "CMS"
      }
      s -> g "Readings"
      g -> c "Uplink"

      """
    #expect(views(try loaded(one)).isEmpty)
  }

  @Test func theHTMLReportShowsTheViewsAsPicturesOnly() async throws {
    let loaded = try loaded(Self.model)
    var timer = PhaseTimer(enabled: false)
    let built = try ReportBuilder.build(
      loaded, analysis: loaded.analyze(), catalogue: .builtIn,
      renderer: try ReportBuilder.renderer(for: .html, template: nil), diagramFile: nil,
      timer: &timer)
    var bytes: [UInt8] = []
    try built.page.writePage(svg: built.svg) { bytes += $0 }
    let page = String(decoding: bytes, as: UTF8.self)
    let start = try #require(page.range(of: "<div class=\"diagram-views\">"))
    let rest = page[start.upperBound...]
    let section = String(rest[..<(try #require(rest.range(of: "</section>"))).lowerBound])
    #expect(section.components(separatedBy: "<details class=\"diagram-view\">").count == 4)
    #expect(section.contains("<summary>Depot &lt;b&gt;yard&lt;/b&gt; (3 elements)"))
    #expect(!section.contains("<b>yard"))
    // Pictures only: no ids to repeat the full diagram's, nothing the script selects.
    #expect(!section.contains(" id=\""))
    #expect(!section.contains("data-target"))
    #expect(page.components(separatedBy: "<svg").count == 5)
  }

  @Test func theMarkdownReportDrawsNoViews() async throws {
    let loaded = try loaded(Self.model)
    var timer = PhaseTimer(enabled: false)
    let built = try ReportBuilder.build(
      loaded, analysis: loaded.analyze(), catalogue: .builtIn,
      renderer: try ReportBuilder.renderer(for: .markdown, template: nil),
      diagramFile: "m.svg", timer: &timer)
    var bytes: [UInt8] = []
    try built.page.writePage(svg: built.svg) { bytes += $0 }
    #expect(!String(decoding: bytes, as: UTF8.self).contains("Overview"))
  }
}
