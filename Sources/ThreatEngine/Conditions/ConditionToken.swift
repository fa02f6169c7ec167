/// One token of a condition, with its character offset in the condition text.
struct ConditionToken: Hashable, Sendable {
  enum Kind: Hashable, Sendable {
    case name(String)
    case number(Double)
    case text(String)
    case symbol(String)  // ( ) [ ] , . and the comparison operators
    case end
  }

  var kind: Kind
  var offset: Int

  /// How an error message shows the token.
  var summary: String {
    switch kind {
    case .name(let name): return "'\(name)'"
    case .number(let value): return "number \(value)"
    case .text(let text): return "'\(text)'"
    case .symbol(let symbol): return "'\(symbol)'"
    case .end: return "end of condition"
    }
  }
}

/// A mistake in a condition, at a character offset inside its text.
public struct ConditionError: Error, Hashable, Sendable {
  public var offset: Int
  public var message: String

  public init(offset: Int, message: String) {
    self.offset = offset
    self.message = message
  }
}
