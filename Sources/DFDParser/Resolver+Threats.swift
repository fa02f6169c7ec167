import DFDModel
import Diagnostics

extension Resolver {
  /// Checks a `threat` statement's target and attributes and records the triage.
  mutating func resolveThreat(_ syntax: ThreatSyntax, file: String) {
    let values = attributes(syntax.attributes, scope: .threat, category: nil, file: file)
    checkTriageValues(syntax, values, file: file)
    if syntax.selector != .one {
      resolveBulkThreat(syntax, values: values, file: file)
      return
    }
    let target = syntax.target.text
    let here = range(syntax.target.range, file)
    switch declarations[target]?.what {
    case .element, .boundary, .flow: break
    case .brokenElement: return
    case .data:
      diagnostics.append(
        .threatTargetNotFound(
          target, at: here,
          reason: "'\(target)' is a data asset; threats are about elements, boundaries and flows",
          suggestion: nil))
      return
    case nil:
      guard sourceMap.declarations[target] != nil else {
        reportMissingTarget(target, at: here)
        return
      }
    }
    let status = values.text("status").flatMap(TriageStatus.init(rawValue:)) ?? .open
    record(
      Triage(rule: syntax.rule.text, target: target, status: status, attributes: values), syntax,
      file)
  }

  /// Appends a triage statement and where it is written.
  mutating func record(_ statement: Triage, _ syntax: ThreatSyntax, _ file: String) {
    triage.append(statement)
    sourceMap.triage.append(
      location(range(syntax.keyword.lowerBound..<syntax.target.range.upperBound, file)))
  }

  mutating func reportMissingTarget(_ target: String, at here: SourceRange) {
    let ends = String(target.split(separator: ":", maxSplits: 1).first ?? "").components(
      separatedBy: "->")
    if ends.contains(where: { declarations[$0]?.what == .brokenElement }) { return }
    if ends.count == 2, !target.contains(":") {
      let prefix = target + ":"
      let named = flows.lazy.map(\.id).filter { $0.hasPrefix(prefix) }.prefix(4)
      if !named.isEmpty {
        let list = named.map { "'\($0)'" }.joined(separator: ", ")
        diagnostics.append(
          .threatTargetNotFound(
            target, at: here,
            reason:
              "there is more than one flow from '\(ends[0])' to '\(ends[1])'; name one of \(list)",
            suggestion: named.first))
        return
      }
    }
    let declared = declarations
    let candidates = sourceMap.declarations.keys.lazy.filter { declared[$0]?.what != .data }
    let suggestion = suggest(target, in: candidates)
    diagnostics.append(
      .threatTargetNotFound(target, at: here, reason: nil, suggestion: suggestion))
  }
}

extension String {
  /// Splits on a separator string (standard library only).
  fileprivate func components(separatedBy separator: String) -> [String] {
    var parts: [String] = []
    var rest = Substring(self)
    while let found = rest.firstRange(of: separator) {
      parts.append(String(rest[..<found.lowerBound]))
      rest = rest[found.upperBound...]
    }
    parts.append(String(rest))
    return parts
  }
}
