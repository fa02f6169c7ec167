import Foundation
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
    ["render", "m.dfd", "--format", "dot"], ["render", "m.dfd", "--format", "svg"],
    ["report", "m.dfd", "--format", "html"], ["report", "m.dfd", "--format", "markdown"],
    ["threats", "m.dfd", "--format", "csv"], ["threats", "m.dfd", "--format", "json"],
    ["threats", "m.dfd", "--format", "sarif"], ["threats", "m.dfd", "--format", "markdown"],
  ]

  @Test(arguments: runs)
  func bidiControlsAreShownInEveryOutput(_ arguments: [String]) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-bidi-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try Self.model.write(
      to: folder.appendingPathComponent("m.dfd"), atomically: true, encoding: .utf8)
    let result = try Binary.run(arguments, in: folder)
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    let text = result.stdout
    for scalar: Unicode.Scalar in ["\u{202E}", "\u{2066}", "\u{200F}"] {
      #expect(!text.unicodeScalars.contains(scalar), "\(arguments) carries \(scalar.value)")
    }
    #expect(text.contains("U+202E"), "\(arguments)")
    if arguments.contains("markdown") {
      #expect(text.contains("`@alice`") && text.contains("`@org/team`"), "\(arguments)")
      #expect(!text.contains(" @alice"), "\(arguments)")
    }
  }
}
