import DFDLayout
import Foundation
import Pipeline
import Reports
import Testing

/// A label with a right-to-left override reaches no output raw: every format shows it as
/// `<U+202E>` (escaped for its own syntax), and Markdown never carries a live mention.
struct BidiOutputTests {
  static let model = #"""
    model "Bidi gnp\u{202E}exe.png"
    service api "gnp\u{202E}exe.png, ask @alice or @org/team"
    user u "U\u{2066}"
    u -> api "login \u{200F}" [protocol: http]
    """#

  static let runs: [[String]] = [
    ["render", "dot"], ["render", "svg"], ["report", "html"], ["report", "markdown"],
    ["threats", "csv"], ["threats", "json"], ["threats", "sarif"], ["threats", "markdown"],
  ]

  @Test(arguments: runs)
  func bidiControlsAreShownInEveryOutput(_ run: [String]) async throws {
    let scratch = Scratch()
    try scratch.write("m.dfd", Self.model)
    let loaded = try valid(scratch.path("m.dfd"))
    let text: String
    switch run[0] {
    case "render": text = try drawn(loaded, as: try #require(RenderFormat(rawValue: run[1])))
    case "report": text = try await reportPage(loaded, try #require(ReportFormat(rawValue: run[1])))
    default: text = findingsText(loaded, try #require(ThreatsFormat(rawValue: run[1])))
    }
    for scalar: Unicode.Scalar in ["\u{202E}", "\u{2066}", "\u{200F}"] {
      #expect(!text.unicodeScalars.contains(scalar), "\(run) carries \(scalar.value)")
    }
    #expect(text.contains("U+202E"), "\(run)")
    if run[1] == "markdown" {
      #expect(text.contains("`@alice`") && text.contains("`@org/team`"), "\(run)")
      #expect(!text.contains(" @alice"), "\(run)")
    }
  }
}
