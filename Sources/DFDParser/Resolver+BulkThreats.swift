import DFDModel

extension Resolver {
  /// Checks a bulk `threat` statement (`on *`, `on boundary B`, `on kind K`) and records it.
  mutating func resolveBulkThreat(_ syntax: ThreatSyntax, values: Attributes, file: String) {
    let name = syntax.target.text
    let here = range(syntax.target.range, file)
    let selector: TriageSelector
    switch syntax.selector {
    case .one, .all: selector = .all
    case .boundary:
      guard case .boundary? = declarations[name]?.what else {
        let boundaryNames = boundaries.lazy.map(\.id)
        let suggestion = suggest(name, in: boundaryNames)
        let what = declarations[name].map { describe($0.what) }
        // With nothing close to suggest, the boundaries there are (the first eight).
        let known = Array(boundaryNames.prefix(8))
        let listing =
          suggestion != nil || known.isEmpty
          ? nil
          : "the model's boundaries: " + known.joined(separator: ", ")
            + (boundaries.count > known.count ? ", …" : "")
        diagnostics.append(
          .bulkTargetNotFound(
            "boundary '\(name)'", at: here,
            reason: what.map { "'\(name)' is a \($0), not a boundary" } ?? listing,
            suggestion: suggestion))
        return
      }
      selector = .boundary(name)
    case .kind:
      guard vocabulary.kinds[name] != nil else {
        diagnostics.append(
          .bulkTargetNotFound(
            "kind '\(name)'", at: here, reason: "the catalogue has no element kind '\(name)'",
            suggestion: suggest(name, in: vocabulary.kinds.keys)))
        return
      }
      selector = .kind(name)
    }
    let status = values.text("status").flatMap(TriageStatus.init(rawValue:)) ?? .open
    let statement = Triage(
      rule: syntax.rule.text, target: selector.written, status: status, attributes: values,
      selector: selector)
    record(statement, syntax, file)
  }
}
