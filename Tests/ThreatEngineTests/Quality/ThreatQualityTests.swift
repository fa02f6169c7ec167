import DFDModel
import Foundation
import Testing
import ThreatEngine

/// Scores the analysis of every sample against its reviewer's answer key (issue 14), and keeps
/// the quality reached from regressing.
struct ThreatQualityTests {
  static func score(_ path: String, keys: [String: AnswerKey]) throws -> QualityScore {
    let (diagram, _) = try CoverageTests.load(path)
    let findings = Analyzer(catalogue: .builtIn).analyze(diagram).findings
    let name = String(path.split(separator: "/").last ?? "")
    let key = keys[name.replacingOccurrences(of: ".dfd", with: ".yaml")]
    return QualityScore(
      sample: String(path.dropFirst("samples/".count)), diagram: diagram, findings: findings,
      key: key)
  }

  /// Prints the table docs/threat-quality.md records (run with `--filter ThreatQuality`).
  @Test func table() throws {
    let keys = try AnswerKey.all()
    var lines = [QualityScore.header]
    for path in CoverageTests.samples { lines.append(try Self.score(path, keys: keys).description) }
    print(lines.joined(separator: "\n"))
  }

  /// Key items the engine deliberately does not meet, with the reason.
  ///
  /// docs/threat-quality.md lists them. The keys themselves are never edited to fit the tool.
  static let disputed: [(sample: String, target: String, stride: String, reason: String)] = [
    (
      "samples/car-park-cctv.dfd", "cctv-operator->cloud-vms", "S",
      "cloud-vms states `mfa` (the service enforces it), which clears S-006; password guessing "
        + "against the VMS is raised on the element (SCP-S-007 on cloud-vms)"
    )
  ]

  @Test(arguments: CoverageTests.samples)
  func sampleMeetsItsKey(_ path: String) throws {
    let score = try Self.score(path, keys: try AnswerKey.all())
    for item in score.missed
    where !Self.disputed.contains(where: {
      $0.sample == path && $0.target == item.target && $0.stride == item.stride
    }) {
      Issue.record("\(path): not raised: \(item.stride) on \(item.target): \(item.concept)")
    }
    for item in score.struck {
      Issue.record("\(path): struck out but raised: \(item.rule) on \(item.target): \(item.why)")
    }
    #expect(score.confirmedPerElement <= 3, "\(path): \(score.confirmedPerElement) per element")
  }
}
