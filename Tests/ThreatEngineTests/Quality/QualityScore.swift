import DFDModel
import Foundation

/// How an analysis of one sample scores against its answer key, and how noisy it is.
struct QualityScore: CustomStringConvertible {
  var sample: String
  var elements: Int
  var findings: Int
  var open: Int
  /// Open findings that rest only on stated or derived facts.
  var confirmedOpen: Int
  /// Open findings that rest on at least one assumed value.
  var presumedOpen: Int
  /// Distinct rules among the presumed open findings: the questions a reviewer reads.
  var questions: Int
  /// Must-raise items met, and the unmet ones.
  var met: Int = 0
  var missed: [AnswerKey.MustRaise] = []
  /// Strike items still reported.
  var struck: [AnswerKey.Strike] = []

  init(sample: String, diagram: Diagram, findings all: [Finding], key: AnswerKey?) {
    self.sample = sample
    elements = diagram.elements.count
    findings = all.count
    let openFindings = all.filter(\.isOpen)
    open = openFindings.count
    presumedOpen = openFindings.filter { Self.isPresumed($0) }.count
    confirmedOpen = open - presumedOpen
    questions = Set(openFindings.filter { Self.isPresumed($0) }.map(\.rule)).count
    guard let key else { return }
    for item in key.mustRaise {
      if all.contains(where: item.isMet(by:)) { met += 1 } else { missed.append(item) }
    }
    struck = key.strike.filter { item in
      all.contains { $0.rule == item.rule && $0.target == item.target }
    }
  }

  /// Whether a finding rests on at least one assumed value.
  static func isPresumed(_ finding: Finding) -> Bool { finding.basis == .presumed }

  var mustRaise: Int { met + missed.count }

  /// Open findings per element, confirmed ones only.
  var confirmedPerElement: Double { Double(confirmedOpen) / Double(max(elements, 1)) }
  var openPerElement: Double { Double(open) / Double(max(elements, 1)) }
  var presumedShare: Double { Double(presumedOpen) / Double(max(open, 1)) }

  /// One Markdown table row.
  var description: String {
    let recall = mustRaise == 0 ? "n/a" : "\(met)/\(mustRaise)"
    let strikes = mustRaise == 0 ? "n/a" : "\(struck.count)"
    return "| \(sample) | \(elements) | \(findings) | \(open) | "
      + String(format: "%.2f", openPerElement) + " | "
      + String(format: "%.2f", confirmedPerElement) + " | "
      + String(format: "%.2f", Double(presumedOpen) / Double(max(elements, 1))) + " | "
      + String(format: "%.0f%%", presumedShare * 100) + " | \(questions) | \(recall) | \(strikes) |"
  }

  static let header = """
    | sample | elements | findings | open | open/element | confirmed/element | presumed/element \
    | presumed share | questions | must-raise recall | struck still raised |
    | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
    """
}
