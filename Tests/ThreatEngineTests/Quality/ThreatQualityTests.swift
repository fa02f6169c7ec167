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

  @Test(arguments: CoverageTests.samples)
  func sampleMeetsItsKey(_ path: String) throws {
    let score = try Self.score(path, keys: try AnswerKey.all())
    for item in score.missed {
      Issue.record("\(path): not raised: \(item.stride) on \(item.target): \(item.concept)")
    }
    for item in score.struck {
      Issue.record("\(path): struck out but raised: \(item.rule) on \(item.target): \(item.why)")
    }
    #expect(score.confirmedPerElement <= 3, "\(path): \(score.confirmedPerElement) per element")
  }
}
