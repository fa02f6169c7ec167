import DFDModel

/// The element, flow or boundary a rule is being evaluated on.
struct Subject: Hashable, Sendable {
  var target: RuleTarget
  var index: Int
}

extension ModelIndex {
  /// Evaluates `condition` on `subject` with the catalogue's semantics; when `recording`, appends
  /// each path read to `reads` in the order read.
  func evaluate(
    _ condition: CompiledCondition, on subject: Subject, reads: inout [Read],
    recording: Bool = true
  ) -> Bool {
    switch condition {
    case .truth(let value):
      return resolve(value, subject, &reads, recording).isTrue
    case .compare(let lhs, let op, let rhs):
      return compare(
        resolve(lhs, subject, &reads, recording).value, op,
        resolve(rhs, subject, &reads, recording).value)
    case .member(let value, let list, let negated):
      guard let found = resolve(value, subject, &reads, recording).value else { return negated }
      return list.contains { Self.equal(found, $0) } != negated
    case .kindIn(let probe, let kinds, let negated):
      if recording { reads.append(Read(probe: probe, resolution: resolve(probe, subject))) }
      guard let descends = isKind(probe, subject, kinds) else { return negated }
      return descends != negated
    case .categoryIn(let probe, let categories, let negated):
      if recording { reads.append(Read(probe: probe, resolution: resolve(probe, subject))) }
      guard let element = end(probe.root, subject) else { return negated }
      return categories.contains(diagram.elements[element].category) != negated
    case .contains(let lhs, let rhs):
      guard let list = resolve(lhs, subject, &reads, recording).value,
        let item = resolve(rhs, subject, &reads, recording).value
      else { return false }
      return list.listValue.contains { Self.equal($0, item) }
    case .intersects(let value, let list):
      guard let found = resolve(value, subject, &reads, recording).value else { return false }
      return found.listValue.contains { item in list.contains { Self.equal($0, item) } }
    case .known(let probe, let negated):
      return resolve(.probe(probe), subject, &reads, recording).isKnown != negated
    case .not(let inner):
      return !evaluate(inner, on: subject, reads: &reads, recording: recording)
    case .all(let items):
      for item in items where !evaluate(item, on: subject, reads: &reads, recording: recording) {
        return false
      }
      return true
    case .any(let items):
      for item in items where evaluate(item, on: subject, reads: &reads, recording: recording) {
        return true
      }
      return false
    }
  }

  private func resolve(
    _ operand: Operand, _ subject: Subject, _ reads: inout [Read], _ recording: Bool
  ) -> Resolution {
    switch operand {
    case .literal(let literal):
      return Resolution(value: literal, origin: .stated)
    case .probe(let probe):
      let resolution = resolve(probe, subject)
      if recording { reads.append(Read(probe: probe, resolution: resolution)) }
      return resolution
    }
  }

  /// Whether the kind `probe` reads on `subject` is one of `kinds` or descends from one; nil
  /// when the value is unknown.
  private func isKind(_ probe: Probe, _ subject: Subject, _ kinds: KindSet) -> Bool? {
    let text: String
    if probe.readsKind {
      guard let element = end(probe.root, subject) else { return nil }
      if let kind = elementKinds[element] { return descends(kind, kinds) }
      text = diagram.elements[element].kind
    } else {
      guard let found = resolve(probe, subject).value else { return nil }
      guard let found = found.textValue else { return false }
      if let kind = implication.kindIDs[found] { return descends(kind, kinds) }
      text = found
    }
    return kinds.names.contains(text)
  }

  private func descends(_ kind: Int, _ kinds: KindSet) -> Bool {
    implication.lineage[kind].contains { kinds.ids.contains($0) }
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
