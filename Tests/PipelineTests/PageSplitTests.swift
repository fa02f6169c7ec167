import DFDLayout
import Foundation
import Pipeline
import Testing

/// Pages cut until they print at 7 points (issue 17), on a generated model denser than the
/// samples.
struct PageSplitTests {
  /// `scripts/generate-model.py --elements 30 --seed 7`.
  static let generated30 = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/generated/generated-30.dfd").path

  static func valid(_ path: String) throws -> ValidModel {
    try #require(ModelReader(catalogue: .builtIn).read(path).valid)
  }

  /// `loaded` as `render --page` draws it, one SVG per page.
  static func pages(
    _ loaded: ValidModel, options: DiagramOptions, on page: PageLayout, splits: Bool = true
  ) throws -> PagedRenderer.Result {
    try PagedRenderer(
      renderer: DiagramRenderer(options: options), page: page, splits: splits
    ).render(
      loaded.diagram, findings: loaded.analyze().findings, facts: loaded.flowFacts(),
      numbers: FlowNumbers(loaded.diagram), as: .svg)
  }

  /// Every page, the overview too, prints at 7 points on A4 landscape.
  ///
  /// Its elements outside every boundary printed at 4.4 pt: their halves printed no larger
  /// (each half's stub lists grew with the flows between them), quarters did. Its overview
  /// printed at 6.2 pt with those 12 elements drawn one by one, at 8 pt with them as one node.
  @Test func everyPageOfAGeneratedModelPrintsAtSevenPoints() throws {
    let loaded = try Self.valid(Self.generated30)
    let result = try Self.pages(
      loaded, options: DiagramOptions(name: "generated"),
      on: PageLayout(paper: .a4, landscape: true))
    let small = result.tooSmall
    #expect(
      small.isEmpty, "\(small.map { "\($0.page) \($0.sheet.title) \($0.sheet.smallestText)" })")
    #expect(result.sheets.contains { $0.title.hasPrefix("Outside the boundaries (") })
    #expect(result.sheets[0].title == "Overview")
  }

  /// `render --overview --page` tries the same: its 12 elements outside every boundary drawn
  /// one by one printed at 5 pt on A4 landscape, as one node at 7 pt or more.
  @Test func anOverviewOnPaperDrawsTheElementsOutsideTheBoundariesAsOneNode() throws {
    let loaded = try Self.valid(Self.generated30)
    let result = try Self.pages(
      loaded, options: DiagramOptions(name: "generated"),
      on: PageLayout(paper: .a4, landscape: true), splits: false)
    #expect(result.sheets.count == 1)
    #expect(result.tooSmall.isEmpty, "\(result.sheets[0].smallestText)")
    #expect(result.sheets[0].title == "Synthetic city 30-7")
    let svg = String(decoding: result.renderings[0].data, as: UTF8.self)
    #expect(svg.contains("Outside the boundaries (12 elements)"))
    #expect(svg.contains(">Legend<"), "one page, so the overview keeps its legend")
  }

  /// A page whose stub list is too long for 7 points lists flows of one name in one row: a
  /// security monitoring service receiving security events from 40 applications on other
  /// pages printed at 6 pt with a row per flow, at 7 pt or more with one row for all 40.
  @Test func flowsOfOneNameShareARowWhereTheListIsTooLong() throws {
    var text = "model \"Security monitoring\"\n"
    text += "boundary soc \"Security operations centre\" [type: organisation] {\n"
    text += "  process siem \"Security monitoring\"\n}\n"
    text += "boundary estate \"Council estate network\" [type: network] {\n"
    for index in 1...40 { text += "  process app\(index) \"Application \(index)\"\n" }
    text += "}\n"
    for index in 1...40 { text += "app\(index) -> siem \"Security events\" [protocol: https]\n" }
    let scratch = Scratch()
    try scratch.write("siem.dfd", text)
    let loaded = try Self.valid(scratch.path("siem.dfd"))
    let result = try Self.pages(
      loaded, options: DiagramOptions(direction: .topToBottom, name: "siem"),
      on: PageLayout(paper: .a4))
    let index = try #require(result.sheets.firstIndex { $0.title == "Security operations centre" })
    #expect(result.sheets[index].smallestText >= PageLayout.smallestPrintedText)
    let svg = String(decoding: result.renderings[index].data, as: UTF8.self)
    #expect(svg.contains("← Security events, 40 flows:"))
    #expect(!svg.contains("Security events from Application"))
  }
}
