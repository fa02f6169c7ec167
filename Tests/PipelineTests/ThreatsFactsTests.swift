import DFDModel
import Foundation
import Pipeline
import Reports
import TestSupport
import Testing
import ThreatEngine

/// What `threats` lists and writes, in process: SARIF, the privacy lens, the filters, their
/// refusals and the output file. (EndToEndTests.ThreatsCommandTests keeps the gate's exit
/// status, colour and the terminal's width.)
struct ThreatsFactsTests {
  let scratch = Scratch()
  static let lighting = sample("street-lighting.dfd")

  /// The findings `threats --format json` lists through `filter`, as JSON objects.
  func findings(_ filter: FindingFilter = FindingFilter(), of path: String = lighting)
    throws -> [[String: Any]]
  {
    let loaded = try valid(path)
    let listed = filter.apply(loaded.analyze().findings, in: loaded.diagram)
    let text = FindingsOutput.render(
      listed, of: loaded, catalogue: .builtIn, as: .json, width: 100, colors: false)
    let document = try #require(
      JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    return try #require(document["findings"] as? [[String: Any]])
  }

  /// The filter `--status values...` asks for.
  func statusFilter(_ values: [String]) throws -> FindingFilter {
    FindingFilter(statuses: try FindingFilter.statuses(from: values))
  }

  @Test func sarifIsValidAndSkipsMitigatedFindings() throws {
    let text = findingsText(try valid(Self.lighting), .sarif)
    try JSONSchema.expectValid(text)
    let log = try #require(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let run = try #require((log["runs"] as? [[String: Any]])?.first)
    let results = try #require(run["results"] as? [[String: Any]])
    #expect(!results.isEmpty)
    #expect(!text.contains("\"status\": \"mitigated\""))
  }

  @Test func privacyLensListsOnlyPrivacyFindingsByLinddunCategory() throws {
    let loaded = try valid(sample("car-park-cctv.dfd"))
    let privacy = FindingsLens.privacy.apply(loaded.analyze().findings)
    let json = FindingsOutput.render(
      privacy, of: loaded, catalogue: .builtIn, as: .json, width: 100, colors: false,
      lens: .privacy)
    let document = try #require(
      JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let findings = try #require(document["findings"] as? [[String: Any]])
    #expect(!findings.isEmpty)
    #expect(findings.allSatisfy { $0["linddun"] != nil })
    let table = FindingsOutput.render(
      privacy, of: loaded, catalogue: .builtIn, as: .table, width: 100, colors: false,
      lens: .privacy)
    #expect(table.hasPrefix("LINDDUN: "))
  }

  /// An element of many units is named with `×N` in the terminal table, as in the reports.
  @Test func theTableCountsUnits() throws {
    try scratch.write(
      "fleet.dfd",
      "service api \"API\" [internet-facing]\n"
        + "sensor lamp \"Street light\" [count: 4000, default-credentials]\n"
        + "lamp -> api \"Status\"\n")
    let loaded = try valid(scratch.path("fleet.dfd"))
    let table = FindingsOutput.render(
      loaded.analyze().findings, of: loaded, catalogue: .builtIn, as: .table, width: 100,
      colors: false)
    #expect(table.contains("sensor lamp \"Street light\" ×4,000"))  // confirmed, by target
    #expect(table.contains("on: lamp ×4,000 (high)"))  // presumed, by question
    #expect(!table.contains("api ×"))
  }

  @Test func statusAcceptsEveryTriageStatusRepeatedOrCommaSeparated() throws {
    let all = try findings()
    for status in ["open", "mitigated", "accepted", "transferred", "not-applicable"] {
      let some = try findings(try statusFilter([status]))
      #expect(!some.isEmpty, "\(status)")
      #expect(some.allSatisfy { $0["status"] as? String == status }, "\(status)")
      #expect(some.count == all.filter { $0["status"] as? String == status }.count)
    }
    let two = try findings(try statusFilter(["mitigated,accepted"]))
    let repeated = try findings(try statusFilter(["mitigated", "accepted"]))
    #expect(two.count == repeated.count)
    #expect(
      two.count == all.filter { ["mitigated", "accepted"].contains($0["status"] as? String) }.count)
    #expect(try findings(try statusFilter(["all"])).count == all.count)
  }

  @Test func filtersNarrowTheList() throws {
    let all = try findings()
    let element = try findings(FindingFilter(elements: ["aq-sensor"]))
    #expect(!element.isEmpty && element.count < all.count)
    #expect(element.contains { $0["target"] as? String == "aq-sensor" })
    #expect(element.contains { $0["target"] as? String == "aq-uplink" })
    #expect(
      element.allSatisfy {
        $0["target"] as? String == "aq-sensor" || $0["targetKind"] as? String == "flow"
      })
    let boundary = try findings(FindingFilter(boundaries: ["brightway-cloud"]))
    #expect(boundary.contains { $0["target"] as? String == "cms-db" })
    #expect(!boundary.contains { $0["target"] as? String == "aq-sensor" })
    let rule = try findings(FindingFilter(rules: ["SCP-T-002"]))
    #expect(!rule.isEmpty && rule.allSatisfy { $0["rule"] as? String == "SCP-T-002" })
    let severe = try findings(FindingFilter(minimumSeverity: .high))
    #expect(!severe.isEmpty)
    #expect(severe.allSatisfy { ["high", "critical"].contains($0["severity"] as? String) })
  }

  @Test(arguments: [
    (["--element", "aq-sensr"], "error: --element: no element 'aq-sensr' in", "aq-sensor"),
    (["--boundary", "dmzz"], "error: --boundary: no boundary 'dmzz' in", "dmz"),
    (["--rule", "SCP-T-02"], "error: --rule: no rule 'SCP-T-02' in the catalogue or", "SCP-T-002"),
    (["--status", "mitigatd"], "error: --status: no status 'mitigatd' (one of open,", "mitigated"),
  ])
  func unknownNamesFailWithADidYouMean(
    _ arguments: [String], _ message: String, _ suggestion: String
  ) throws {
    let loaded = try valid(Self.lighting)
    let unknown: FindingFilter.UnknownName
    do {
      let value = [arguments[1]]
      let filter = FindingFilter(
        statuses: try FindingFilter.statuses(from: arguments[0] == "--status" ? value : []),
        rules: arguments[0] == "--rule" ? value : [],
        elements: arguments[0] == "--element" ? value : [],
        boundaries: arguments[0] == "--boundary" ? value : [])
      unknown = try #require(
        filter.unknownNames(in: loaded.diagram, knownRules: Catalogue.builtIn.rules.map(\.id))
          .first)
    } catch let error as FindingFilter.UnknownName {
      unknown = error
    }
    let failure = PipelineFailure.unknownName(unknown, model: Self.lighting)
    #expect(failure.status == 2)
    #expect(failure.text.contains(message))
    #expect(failure.text.contains("= note: did you mean '\(suggestion)'?"))
  }

  @Test(arguments: [("csv", "id,target,"), ("sarif", "\"version\": \"2.1.0\""), ("md", "| ")])
  func outputFileFormatFollowsTheExtension(_ fileExtension: String, _ start: String) throws {
    let out = scratch.path("findings.\(fileExtension)")
    let target = try OutputTarget<ThreatsFormat>(
      output: out, format: nil, default: .table, product: "findings")
    let loaded = try valid(Self.lighting)
    let options = FindingsOutput.Options(width: 100, colors: false)
    try target.write { output in
      FindingsOutput.write(
        loaded.analyze().findings, of: loaded, catalogue: .builtIn, as: target.format, options,
        to: output)
    }
    #expect(try String(contentsOfFile: out, encoding: .utf8).contains(start))
    #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path).count == 1)
  }

  @Test func outputNamingTheModelIsRefused() throws {
    let loaded = try valid(Self.lighting)
    let failure = pipelineFailure {
      try OutputGuard(model: loaded.path, files: loaded.files).check(
        Self.lighting, writing: "findings")
    }
    #expect(failure?.status == 2)
    #expect(failure?.text.contains("refusing to overwrite the model") == true)
  }
}
