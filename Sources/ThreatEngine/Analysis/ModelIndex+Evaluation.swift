import DFDModel

/// The element, flow or boundary a rule is being evaluated on.
struct Subject: Hashable, Sendable {
  var target: RuleTarget
  var index: Int
}

extension ModelIndex {
  /// Evaluates the condition rooted at node `node` of `program` on `subject` with the
  /// catalogue's semantics, appending the id of each path read to `evaluation.reads` in the
  /// order read.
  func evaluate(
    _ node: Int, in program: ConditionProgram, on subject: Subject,
    _ evaluation: inout Evaluation
  ) -> Bool {
    let test = program.nodes[node]
    switch test.operation {
    case .truth:
      return flags(test.first, program, subject, &evaluation) & Evaluation.Flags.isTrue != 0
    case .compare:
      return compare(
        value(test.first, program, subject, &evaluation), test.comparison,
        value(test.second, program, subject, &evaluation))
    case .member:
      let found = value(test.first, program, subject, &evaluation)
      guard found.found else { return test.negated }
      for literal in test.list where Self.equal(found.value, program.literals[literal]) {
        return !test.negated
      }
      return test.negated
    case .kindIn:
      guard let probe = test.first.probe else { return test.negated }
      evaluation.reads.append(probe.id)
      guard let descends = isKind(probe, subject, test, program, &evaluation) else {
        return test.negated
      }
      return descends != test.negated
    case .categoryIn:
      guard let probe = test.first.probe else { return test.negated }
      evaluation.reads.append(probe.id)
      guard let element = end(probe.root, subject) else { return test.negated }
      let bit = diagram.elements[element].category.bit
      return (test.categories & bit != 0) != test.negated
    case .contains:
      let list = value(test.first, program, subject, &evaluation)
      guard list.found else { return false }
      let item = value(test.second, program, subject, &evaluation)
      guard item.found else { return false }
      return list.value.listValue.contains { Self.equal($0, item.value) }
    case .intersects:
      let found = value(test.first, program, subject, &evaluation)
      guard found.found else { return false }
      let list = program.literals[test.list]
      return found.value.listValue.contains { item in list.contains { Self.equal($0, item) } }
    case .known:
      let flags = flags(test.first, program, subject, &evaluation)
      return (flags & Evaluation.Flags.isKnown != 0) != test.negated
    case .not:
      return !evaluate(node + 1, in: program, on: subject, &evaluation)
    case .all, .any:
      let wanted = test.operation == .any
      var item = node + 1
      while item < test.end {
        if evaluate(item, in: program, on: subject, &evaluation) == wanted {
          return wanted
        }
        item = program.nodes[item].end
      }
      return !wanted
    }
  }

  /// The value of an operand: a literal, or what a probe resolves to on `subject`.
  private func value(
    _ operand: Operand, _ program: ConditionProgram, _ subject: Subject,
    _ evaluation: inout Evaluation
  ) -> (value: AttributeValue, found: Bool) {
    switch operand {
    case .literal(let literal):
      return (program.literals[literal], true)
    case .probe(let probe):
      evaluation.reads.append(probe.id)
      return value(probe, subject, &evaluation)
    }
  }

  /// The `Evaluation.Flags` of an operand's value: what truth and `known` tests read.
  private func flags(
    _ operand: Operand, _ program: ConditionProgram, _ subject: Subject,
    _ evaluation: inout Evaluation
  ) -> UInt8 {
    switch operand {
    case .literal(let literal):
      let value = Resolution.stated(program.literals[literal])
      return Evaluation.Flags.resolved | Evaluation.Flags.isKnown
        | (value.isTrue ? Evaluation.Flags.isTrue : 0)
    case .probe(let probe):
      evaluation.reads.append(probe.id)
      let known = evaluation.flags(probe.id)
      if known != 0 { return known }
      evaluation.store(probe, on: subject, in: self)
      return evaluation.flags(probe.id)
    }
  }

  /// The value `probe` reads on `subject`, resolved once per subject.
  private func value(_ probe: Probe, _ subject: Subject, _ evaluation: inout Evaluation)
    -> (value: AttributeValue, found: Bool)
  {
    if evaluation.flags(probe.id) == 0 { evaluation.store(probe, on: subject, in: self) }
    return evaluation.value(probe.id)
  }

  /// Whether the kind `probe` reads on `subject` is one of the kinds `test` lists or descends
  /// from one; nil when the value is unknown.
  private func isKind(
    _ probe: Probe, _ subject: Subject, _ test: ConditionNode, _ program: ConditionProgram,
    _ evaluation: inout Evaluation
  ) -> Bool? {
    let text: String
    if probe.readsKind {
      guard let element = end(probe.root, subject) else { return nil }
      if let kind = elementKinds[element] { return descends(kind, test, program) }
      text = diagram.elements[element].kind
    } else {
      let value = value(probe, subject, &evaluation)
      guard value.found else { return nil }
      guard let found = value.value.textValue else { return false }
      if let kind = implication.kindIDs[found] { return descends(kind, test, program) }
      text = found
    }
    return program.kindNames[test.names].contains(text)
  }

  private func descends(_ kind: Int, _ test: ConditionNode, _ program: ConditionProgram) -> Bool {
    let ids = program.kindIDs[test.list]
    return implication.lineage[kind].contains { ids.contains($0) }
  }

  private func compare(
    _ left: (value: AttributeValue, found: Bool), _ op: Condition.Comparison,
    _ right: (value: AttributeValue, found: Bool)
  ) -> Bool {
    guard left.found, right.found else { return op == .notEqual }
    let lhs = left.value
    let rhs = right.value
    switch op {
    case .equal: return Self.equal(lhs, rhs)
    case .notEqual: return !Self.equal(lhs, rhs)
    default:
      guard let left = lhs.numberValue, let right = rhs.numberValue else { return false }
      switch op {
      case .less: return left < right
      case .lessOrEqual: return left <= right
      case .greater: return left > right
      default: return left >= right
      }
    }
  }

  /// Equality across value kinds: a symbol equals a string with the same text.
  static func equal(_ lhs: AttributeValue, _ rhs: AttributeValue) -> Bool {
    switch lhs {
    case .string(let left), .symbol(let left):
      switch rhs {
      case .string(let right), .symbol(let right): return left == right
      default: return false
      }
    case .list(let left):
      guard case .list(let right) = rhs else { return false }
      return left.count == right.count && zip(left, right).allSatisfy { equal($0, $1) }
    default:
      return lhs == rhs
    }
  }
}
