import Foundation
import Testing
import ThreatEngine

/// Hostile catalogues: alias bombs and deep nesting are refused before the YAML is composed,
/// quickly and with a position; ordinary anchors and aliases still load.
struct CatalogueBoundsTests {
  /// Ten levels of ten aliases each: 10^10 nodes once expanded, in about 600 bytes.
  static func bomb(lastLine: String) -> String {
    var lines = ["stride:", "  a0: &a0 [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]"]
    for level in 1...10 {
      let aliases = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      lines.append("  a\(level): &a\(level) [\(aliases)]")
    }
    return (lines + [lastLine]).joined(separator: "\n") + "\n"
  }

  func load(_ yaml: String) -> (error: CatalogueProblem?, seconds: Double) {
    let start = Date()
    let problem = CatalogueProblem.load(yaml, file: "hostile.yaml")
    return (problem, Date().timeIntervalSince(start))
  }

  @Test(arguments: [
    "disable: *a10", "threats: {*a10 : 1, *a9 : 2}", "kinds: {k: {description: *a10}}",
  ])
  func aliasBombsAreRefused(_ lastLine: String) throws {
    let (error, seconds) = load(Self.bomb(lastLine: lastLine))
    let refusal = try #require(error)
    #expect(refusal.message == "the YAML expands to more than 1000000 nodes through its aliases")
    #expect(refusal.file == "hostile.yaml" && refusal.line > 1)
    #expect(seconds < 5)
  }

  /// A 64 KiB description aliased into 100 rules: small as a file, 6.4 MiB once expanded, and
  /// copied again into every finding of every rule.
  @Test func aliasedLongTextIsRefused() throws {
    let long = String(repeating: "x", count: 64 << 10)
    var lines = ["threats:"]
    for index in 0..<100 {
      let description = index == 0 ? "&long \"\(long)\"" : "*long"
      lines += [
        "  - id: U-\(index)", "    title: t", "    stride: [tampering]", "    target: element",
        "    severity: low", "    description: \(description)",
      ]
    }
    let (error, seconds) = load(lines.joined(separator: "\n") + "\n")
    let refusal = try #require(error)
    #expect(refusal.message == "the YAML expands to more than 4 MiB of text through its aliases")
    #expect(refusal.line > 300)
    #expect(seconds < 5)
  }

  /// One long text, with no alias, is copied into every finding its rule raises: refused past
  /// 8 KiB, at its own line.
  @Test func longTextIsRefused() throws {
    let long = String(repeating: "x", count: 9 << 10)
    let yaml = [
      "threats:", "  - id: U-1", "    title: t", "    stride: [tampering]", "    target: element",
      "    severity: low", "    description: \"\(long)\"",
    ].joined(separator: "\n")
    let refusal = try #require(load(yaml).error)
    #expect(refusal.message == "description is longer than 8 KiB (9216 bytes)")
    #expect(refusal.line == 7)
    let fits = yaml.replacingOccurrences(of: long, with: String(repeating: "x", count: 8 << 10))
    #expect(load(fits).error == nil)
  }

  @Test func deepNestingIsRefused() throws {
    let block = "kinds:\n" + String(repeating: "- ", count: 5_000) + "x\n"
    let blockError = try #require(load(block).error)
    #expect(blockError.message == "the YAML nests more than 100 levels deep")
    #expect(blockError.line == 2)
    let flow =
      "kinds: " + String(repeating: "[", count: 200_000) + String(repeating: "]", count: 200_000)
    let (flowError, seconds) = load(flow)
    #expect(flowError?.message.contains("nest") == true)
    #expect(seconds < 5)
  }

  @Test func ordinaryAnchorsAndAliasesStillLoad() throws {
    let yaml = """
      protocols:
        zigbee: &radio {medium: radio, cleartext: false}
        thread: *radio
      """
    let catalogue = try CatalogueLoader(file: "ok.yaml").load(yaml, base: .builtIn)
    #expect(catalogue.vocabulary.protocols["thread"]?.medium == "radio")
  }
}
