import DFDModel
import Foundation
import Yams

/// A reviewer's answer key for one sample: what must be raised and what must not
/// (`Fixtures/answer-keys/README.md`).
struct AnswerKey: Decodable {
  /// A threat a competent reviewer must see raised.
  struct MustRaise: Decodable {
    var target: String
    var stride: String
    var concept: String
    var rules: [String]?
    var title: String?
  }

  /// A finding an expert would strike out as noise.
  struct Strike: Decodable {
    var target: String
    var rule: String
    var why: String
  }

  var sample: String
  var mustRaise: [MustRaise]
  var strike: [Strike]

  enum CodingKeys: String, CodingKey {
    case sample
    case mustRaise = "must-raise"
    case strike
  }

  /// The keys in `Fixtures/answer-keys`, by file name.
  static func all() throws -> [String: AnswerKey] {
    let folder = repositoryRoot.appendingPathComponent(
      "Tests/ThreatEngineTests/Fixtures/answer-keys")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    var keys: [String: AnswerKey] = [:]
    for name in names where name.hasSuffix(".yaml") {
      let text = try String(
        contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      keys[name] = try YAMLDecoder().decode(AnswerKey.self, from: text)
    }
    return keys
  }
}

extension AnswerKey.MustRaise {
  /// Whether `finding` meets this item: same target, carries the STRIDE letter, and its rule is
  /// listed or its title matches.
  func isMet(by finding: Finding) -> Bool {
    guard finding.target == target,
      finding.stride.contains(where: { String($0.letter) == stride })
    else { return false }
    if rules?.contains(finding.rule) == true { return true }
    guard let title else { return false }
    return finding.title.range(of: title, options: [.regularExpression, .caseInsensitive]) != nil
  }
}
