import DFDModel
import ThreatEngine

extension CatalogueSourceWriter {
  /// A rule as the lines of one `ThreatRule(...)` array element.
  func rule(_ rule: ThreatRule) -> [String] {
    var lines = [
      "ThreatRule(",
      "  id: \(literal(rule.id)), title: \(literal(rule.title)),",
      "  stride: [\(rule.stride.map { member($0) }.joined(separator: ", "))], "
        + "target: \(member(rule.target)),",
      "  condition: \(condition(rule.condition)),",
      "  conditionText: \(literal(rule.conditionText)), severity: \(member(rule.severity)),",
    ]
    if rule.raises.isEmpty {
      lines.append("  raises: [],")
    } else {
      lines.append("  raises: [")
      for raise in rule.raises {
        lines.append(
          "    ThreatRule.Raise(condition: \(condition(raise.condition)), "
            + "conditionText: \(literal(raise.conditionText)), to: \(member(raise.to))),")
      }
      lines.append("  ],")
    }
    lines += [
      "  description: \(literal(rule.description)),",
      "  mitigations: \(literal(rule.mitigations)),",
      "  references: [\(rule.references.map(reference).joined(separator: ", "))],",
      "  ask: \(literal(rule.ask)),",
      "  linddun: \(rule.linddun.map { member($0) } ?? "nil"),",
      "  examples: RuleExamples(",
      "    fires: \(examples(rule.examples.fires)),",
      "    quiet: \(examples(rule.examples.quiet)))),",
    ]
    return lines
  }

  func reference(_ reference: Reference) -> String {
    "Reference(system: \(literal(reference.system)), id: \(literal(reference.id)), "
      + "title: \(literal(reference.title)))"
  }

  func examples(_ examples: [RuleExample]) -> String {
    let items = examples.map {
      "RuleExample(on: \(literal($0.on)), model: \(literal($0.model)), line: \($0.line))"
    }
    return "[" + items.joined(separator: ", ") + "]"
  }

  /// A condition as one Swift expression of `Condition` cases.
  func condition(_ condition: Condition) -> String {
    switch condition {
    case .truth(let value): return ".truth(\(operand(value)))"
    case .compare(let lhs, let comparison, let rhs):
      return ".compare(\(operand(lhs)), \(member(comparison)), \(operand(rhs)))"
    case .member(let value, let list, let negated):
      return ".member(\(operand(value)), \(values(list)), negated: \(negated))"
    case .contains(let lhs, let rhs): return ".contains(\(operand(lhs)), \(operand(rhs)))"
    case .intersects(let value, let list):
      return ".intersects(\(operand(value)), \(values(list)))"
    case .known(let path, let negated): return ".known(\(self.path(path)), negated: \(negated))"
    case .kindIs(let path, let kind, let negated):
      return ".kindIs(\(self.path(path)), \(literal(kind)), negated: \(negated))"
    case .not(let inner): return ".not(\(self.condition(inner)))"
    case .all(let items): return ".all([\(items.map(self.condition).joined(separator: ", "))])"
    case .any(let items): return ".any([\(items.map(self.condition).joined(separator: ", "))])"
    }
  }

  func operand(_ value: Value) -> String {
    switch value {
    case .path(let path): return ".path(\(self.path(path)))"
    case .literal(let literal): return ".literal(\(self.value(literal)))"
    }
  }

  func path(_ path: Path) -> String {
    guard let name = path.name else { return "Path(\(member(path.root)))" }
    return "Path(\(member(path.root)), \(literal(name)))"
  }
}
