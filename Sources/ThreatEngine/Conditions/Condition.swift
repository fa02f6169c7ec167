import DFDModel

/// A rule's condition, parsed from the catalogue's condition language and never evaluated as code.
public indirect enum Condition: Hashable, Sendable {
  /// A value in boolean position: true only when it is `true` or a non-empty list.
  case truth(Value)
  /// `a == b`, `a < b` and the like.
  case compare(Value, Comparison, Value)
  /// `a in [..]` (kinds follow the kind hierarchy); negated for `a not in [..]`.
  case member(Value, [AttributeValue], negated: Bool)
  /// `a contains v`.
  case contains(Value, Value)
  /// `a intersects [..]`.
  case intersects(Value, [AttributeValue])
  /// `x is known` (or `is unknown` when negated): whether anything but `assume` gave a value.
  case known(Path, negated: Bool)
  /// `kind is K`: K or any kind whose `is` chain reaches it; negated for `is not K`.
  case kindIs(Path, String, negated: Bool)
  case not(Condition)
  case all([Condition])
  case any([Condition])

  /// Comparison operators.
  public enum Comparison: String, Hashable, Sendable, CaseIterable {
    case equal = "==", notEqual = "!=", less = "<", lessOrEqual = "<="
    case greater = ">", greaterOrEqual = ">="
  }
}

extension Condition: CustomStringConvertible {
  /// The condition in the catalogue's language, fully parenthesised where precedence matters.
  public var description: String {
    switch self {
    case .truth(let value): return value.description
    case .compare(let lhs, let op, let rhs): return "\(lhs) \(op.rawValue) \(rhs)"
    case .member(let value, let list, let negated):
      return "\(value) \(negated ? "not in" : "in") \(Value.text(.list(list)))"
    case .contains(let lhs, let rhs): return "\(lhs) contains \(rhs)"
    case .intersects(let value, let list): return "\(value) intersects \(Value.text(.list(list)))"
    case .known(let path, let negated): return "\(path) is \(negated ? "unknown" : "known")"
    case .kindIs(let path, let kind, let negated):
      return "\(path) is \(negated ? "not " : "")\(kind)"
    case .not(let inner): return "not " + inner.nested
    case .all(let items): return items.map(\.nested).joined(separator: " and ")
    case .any(let items): return items.map(\.nested).joined(separator: " or ")
    }
  }

  private var nested: String {
    switch self {
    case .all, .any: return "(\(description))"
    default: return description
    }
  }
}
