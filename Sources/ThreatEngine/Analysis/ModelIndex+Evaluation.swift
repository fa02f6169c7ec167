import DFDModel

/// The element, flow or boundary a rule is being evaluated on.
struct Subject: Hashable, Sendable {
  var target: RuleTarget
  var index: Int
}

/// A path a condition read while deciding, with what it found.
struct Read: Sendable {
  var path: Path
  var resolution: Resolution
}

extension ModelIndex {
  /// Evaluates `condition` on `subject` with the catalogue's semantics, recording each path read.
  func evaluate(
    _ condition: Condition, on subject: Subject, reads: inout [Read], recording: Bool = true
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
      let kindPath = Self.isKindPath(value)
      let contained = list.contains { item in
        kindPath ? isKind(found, item) : Self.equal(found, item)
      }
      return contained != negated
    case .contains(let lhs, let rhs):
      guard let list = resolve(lhs, subject, &reads, recording).value,
        let item = resolve(rhs, subject, &reads, recording).value
      else { return false }
      return list.listValue.contains { Self.equal($0, item) }
    case .intersects(let value, let list):
      guard let found = resolve(value, subject, &reads, recording).value else { return false }
      return found.listValue.contains { item in list.contains { Self.equal($0, item) } }
    case .known(let path, let negated):
      return resolve(.path(path), subject, &reads, recording).isKnown != negated
    case .kindIs(let path, let kind, let negated):
      guard let found = resolve(.path(path), subject, &reads, recording).value else {
        return negated
      }
      return isKind(found, .symbol(kind)) != negated
    case .not(let inner):
      return !evaluate(inner, on: subject, reads: &reads, recording: recording)
    case .all(let items):
      return items.allSatisfy { evaluate($0, on: subject, reads: &reads, recording: recording) }
    case .any(let items):
      return items.contains { evaluate($0, on: subject, reads: &reads, recording: recording) }
    }
  }

  private func resolve(
    _ value: Value, _ subject: Subject, _ reads: inout [Read], _ recording: Bool
  ) -> Resolution {
    switch value {
    case .literal(let literal):
      return Resolution(value: literal, origin: .stated)
    case .path(let path):
      let resolution = resolve(path, subject)
      if recording { reads.append(Read(path: path, resolution: resolution)) }
      return resolution
    }
  }

  /// The value of `path` for `subject`.
  func resolve(_ path: Path, _ subject: Subject) -> Resolution {
    guard let name = path.name else { return .unknown }
    switch path.root {
    case .element: return resolveElement(name, subject.index)
    case .flow: return resolveFlow(name, subject.index)
    case .boundary: return resolveBoundary(name, subject.index)
    case .source, .target:
      let facts = flows[subject.index]
      guard let end = path.root == .source ? facts.source : facts.target else { return .unknown }
      return resolveElement(name, end)
    }
  }

  private func isKind(_ found: AttributeValue, _ ancestor: AttributeValue) -> Bool {
    guard let kind = found.textValue, let parent = ancestor.textValue else { return false }
    return implication.lineage[kind]?.contains(parent) ?? (kind == parent)
  }

  private static func isKindPath(_ value: Value) -> Bool {
    if case .path(let path) = value { return path.name == "kind" && path.root.isElement }
    return false
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
