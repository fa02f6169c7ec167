import DFDModel

/// The element, flow or boundary a rule is being evaluated on.
struct Subject: Hashable, Sendable {
  var target: RuleTarget
  var index: Int
}

extension ModelIndex {
  /// Evaluates the condition rooted at node `node` of `program` on `subject` with the
  /// catalogue's semantics; when `evaluation.recording`, appends each path read to
  /// `evaluation.reads` in the order read.
  func evaluate(
    _ node: Int, in program: ConditionProgram, on subject: Subject,
    _ evaluation: inout Evaluation
  ) -> Bool {
    let test = program.nodes[node]
    switch test.operation {
    case .truth:
      return resolve(test.first, program, subject, &evaluation).isTrue
    case .compare:
      return compare(
        resolve(test.first, program, subject, &evaluation).value, test.comparison,
        resolve(test.second, program, subject, &evaluation).value)
    case .member:
      guard let found = resolve(test.first, program, subject, &evaluation).value else {
        return test.negated
      }
      return program.literals[test.list].contains { Self.equal(found, $0) } != test.negated
    case .kindIn:
      guard let probe = test.first.probe else { return test.negated }
      if evaluation.recording {
        let resolution = resolve(probe, subject, &evaluation)
        evaluation.reads.append(Read(probe: probe, resolution: resolution))
      }
      guard let descends = isKind(probe, subject, test, program, &evaluation) else {
        return test.negated
      }
      return descends != test.negated
    case .categoryIn:
      guard let probe = test.first.probe else { return test.negated }
      if evaluation.recording {
        let resolution = resolve(probe, subject, &evaluation)
        evaluation.reads.append(Read(probe: probe, resolution: resolution))
      }
      guard let element = end(probe.root, subject) else { return test.negated }
      let bit = diagram.elements[element].category.bit
      return (test.categories & bit != 0) != test.negated
    case .contains:
      guard let list = resolve(test.first, program, subject, &evaluation).value,
        let item = resolve(test.second, program, subject, &evaluation).value
      else { return false }
      return list.listValue.contains { Self.equal($0, item) }
    case .intersects:
      guard let found = resolve(test.first, program, subject, &evaluation).value else {
        return false
      }
      let list = program.literals[test.list]
      return found.listValue.contains { item in list.contains { Self.equal($0, item) } }
    case .known:
      return resolve(test.first, program, subject, &evaluation).isKnown != test.negated
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

  private func resolve(
    _ operand: Operand, _ program: ConditionProgram, _ subject: Subject,
    _ evaluation: inout Evaluation
  ) -> Resolution {
    switch operand {
    case .literal(let literal):
      return Resolution(value: program.literals[literal], origin: .stated)
    case .probe(let probe):
      let resolution = resolve(probe, subject, &evaluation)
      if evaluation.recording {
        evaluation.reads.append(Read(probe: probe, resolution: resolution))
      }
      return resolution
    }
  }

  /// The value `probe` reads on `subject`, resolved once per subject.
  private func resolve(_ probe: Probe, _ subject: Subject, _ evaluation: inout Evaluation)
    -> Resolution
  {
    if let known = evaluation.value(probe) { return known }
    let resolution = resolve(probe, subject)
    evaluation.store(resolution, for: probe)
    return resolution
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
      guard let found = resolve(probe, subject, &evaluation).value else { return nil }
      guard let found = found.textValue else { return false }
      if let kind = implication.kindIDs[found] { return descends(kind, test, program) }
      text = found
    }
    return program.kindNames[test.names].contains(text)
  }

  private func descends(_ kind: Int, _ test: ConditionNode, _ program: ConditionProgram) -> Bool {
    let ids = program.kindIDs[test.list]
    return implication.lineage[kind].contains { ids.contains($0) }
  }

  private func compare(_ lhs: AttributeValue?, _ op: Condition.Comparison, _ rhs: AttributeValue?)
    -> Bool
  {
    guard let lhs, let rhs else { return op == .notEqual }
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
    if let left = lhs.textValue, let right = rhs.textValue { return left == right }
    if case .list(let left) = lhs, case .list(let right) = rhs {
      return left.count == right.count && zip(left, right).allSatisfy { equal($0, $1) }
    }
    return lhs == rhs
  }
}
