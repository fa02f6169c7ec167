import DFDModel
import Diagnostics
import Yams

extension CatalogueLoader {
  static let ruleFields: Set<String> = [
    "id", "title", "stride", "target", "when", "severity", "raise", "description", "mitigations",
    "refs", "ask", "linddun", "examples",
  ]

  /// The longest rule id a catalogue may declare.
  static let maximumRuleIDLength = 64

  /// Whether `id` is a rule id: 1 to 64 ASCII letters, digits, `-`, `_` or `.`, so that it is
  /// safe as it is in every output (Markdown, HTML anchors, CSV, file names).
  static func isValidRuleID(_ id: String) -> Bool {
    guard !id.isEmpty, id.utf8.count <= maximumRuleIDLength else { return false }
    return id.utf8.allSatisfy { byte in
      (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
        || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte)
        || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
    }
  }

  /// Reads `threats:`, adding each rule to the catalogue or replacing the one with its id.
  func loadRules(_ node: Node?, into catalogue: inout Catalogue, _ reader: YAMLReader) throws {
    guard let node else { return }
    guard let entries = node.sequence else {
      throw reader.error("threats must be a list", at: node)
    }
    var seen = Set<String>()
    for entry in entries {
      let rule = try loadRule(entry, catalogue, reader)
      guard seen.insert(rule.id).inserted else {
        throw reader.error("duplicate rule id '\(rule.id)'", at: entry["id"])
      }
      if let index = catalogue.rules.firstIndex(where: { $0.id == rule.id }) {
        catalogue.rules[index] = rule
      } else {
        catalogue.rules.append(rule)
      }
    }
  }

  private func loadRule(_ entry: Node, _ catalogue: Catalogue, _ reader: YAMLReader) throws
    -> ThreatRule
  {
    try reader.expectKeys(entry, allowed: Self.ruleFields, "a threat")
    let id = try reader.string(entry["id"], "id of a threat")
    guard Self.isValidRuleID(id) else {
      throw reader.error(
        "rule id '\(id)' must be 1 to \(Self.maximumRuleIDLength) letters, digits, '-', '_' or '.'",
        at: entry["id"])
    }
    let what = "threat '\(id)'"
    try reader.expectKeys(entry, allowed: Self.ruleFields, what)
    let targetName = try reader.string(entry["target"], "target of \(what)")
    guard let target = RuleTarget(rawValue: targetName) else {
      throw reader.error(
        "unknown target '\(targetName)' of \(what); expected element, flow or boundary",
        at: entry["target"])
    }
    let schema = ConditionSchema(vocabulary: catalogue.vocabulary, target: target)
    var stride: [StrideCategory] = []
    for name in try reader.strings(entry["stride"], "stride of \(what)") {
      guard let category = StrideCategory(rawValue: name) else {
        let names = StrideCategory.allCases.map(\.rawValue).joined(separator: ", ")
        throw reader.error(
          "unknown STRIDE category '\(name)' in \(what); expected \(names)", at: entry["stride"])
      }
      stride.append(category)
    }
    guard !stride.isEmpty else { throw reader.error("\(what) needs a stride list", at: entry) }
    let base = try severity(entry["severity"], what, reader)
    let whenText = try reader.optionalString(entry["when"], "when of \(what)")
    let condition = try whenText.map { try parseCondition($0, at: entry["when"], schema, reader) }
    return ThreatRule(
      id: id, title: try reader.string(entry["title"], "title of \(what)"), stride: stride,
      target: target, condition: condition ?? .all([]), conditionText: whenText,
      severity: base,
      raises: try raises(entry["raise"], above: base, schema, what, reader),
      description: try reader.optionalString(entry["description"], "description") ?? "",
      mitigations: try reader.strings(entry["mitigations"], "mitigations of \(what)"),
      references: try loadRuleReferences(entry["refs"], catalogue, reader),
      ask: try reader.optionalString(entry["ask"], "ask of \(what)"),
      linddun: try linddun(entry["linddun"], what, reader),
      examples: try loadExamples(entry["examples"], target: target, what, reader))
  }

  private func linddun(_ node: Node?, _ what: String, _ reader: YAMLReader) throws
    -> LinddunCategory?
  {
    guard let name = try reader.optionalString(node, "linddun of \(what)") else { return nil }
    guard let category = LinddunCategory(rawValue: name) else {
      let names = LinddunCategory.allCases.map(\.rawValue).joined(separator: ", ")
      throw reader.error(
        "unknown LINDDUN category '\(name)' in \(what); expected \(names)", at: node)
    }
    return category
  }

  private func raises(
    _ node: Node?, above base: Severity, _ schema: ConditionSchema, _ what: String,
    _ reader: YAMLReader
  ) throws -> [ThreatRule.Raise] {
    guard let node else { return [] }
    guard let items = node.sequence else { throw reader.error("raise must be a list", at: node) }
    return try items.map { item in
      try reader.expectKeys(item, allowed: ["when", "to"], "a raise of \(what)")
      let text = try reader.string(item["when"], "when of a raise of \(what)")
      let to = try severity(item["to"], "a raise of \(what)", reader)
      guard to > base else {
        throw reader.error(
          "a raise to \(to.rawValue) cannot lift the base severity \(base.rawValue) of \(what)",
          at: item["to"])
      }
      return ThreatRule.Raise(
        condition: try parseCondition(text, at: item["when"], schema, reader), conditionText: text,
        to: to)
    }
  }

  func severity(_ node: Node?, _ what: String, _ reader: YAMLReader) throws -> Severity {
    let name = try reader.string(node, "severity of \(what)")
    guard let severity = Severity(rawValue: name) else {
      throw reader.error(
        "unknown severity '\(name)' of \(what); expected low, medium, high or critical", at: node)
    }
    return severity
  }

  /// Parses a condition, placing any error at its column inside the YAML scalar.
  func parseCondition(
    _ text: String, at node: Node?, _ schema: ConditionSchema, _ reader: YAMLReader
  ) throws -> Condition {
    do {
      return try ConditionParser.parse(text, schema: schema)
    } catch {
      let mark = node?.mark
      let quoted = node?.scalar.map { $0.style == .doubleQuoted || $0.style == .singleQuoted }
      let column = (mark?.column ?? 1) + (quoted == true ? 1 : 0) + error.offset
      throw Diagnostic.catalogueCondition(
        error.message, at: reader.range(line: mark?.line ?? 1, column: column))
    }
  }
}
