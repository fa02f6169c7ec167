import DFDModel
import OutputEscaping

/// The quoting rules of the .dfd language for text a tool writes: strings, comments, values.
///
/// Every character that could break out of a string or comment, reorder how a line displays
/// (bidirectional controls) or hide itself (other controls, line separators) is written as an
/// escape, so that untrusted names come out as inert, visible text.
public enum DFDText {
  /// A string literal, quotes included (`Escaping.dfdString`).
  public static func string(_ text: String) -> String { Escaping.dfdString(text) }

  /// A comment line's text, without the `# ` (`Escaping.dfdComment`).
  public static func comment(_ text: String) -> String { Escaping.dfdComment(text) }

  /// A value as the language writes it; a symbol that is not an identifier becomes a string.
  public static func value(_ value: AttributeValue) -> String {
    switch value {
    case .bool(let flag): return flag ? "true" : "false"
    case .number(let number):
      return number == number.rounded() && abs(number) < 1e15
        ? String(Int64(number)) : String(number)
    case .string(let text): return string(text)
    case .symbol(let name): return IdentifierPool.isIdentifier(name) ? name : string(name)
    case .list(let items): return "[" + items.map(Self.value).joined(separator: ", ") + "]"
    }
  }

  /// One attribute: a bare name for `true`, else `name: value`.
  public static func attribute(_ attribute: Attribute) -> String {
    attribute.value == .bool(true) ? attribute.name : attribute.name + ": " + value(attribute.value)
  }

  /// Whether `scalar` is written as an escape (`Escaping.dfdNeedsEscape`).
  public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    Escaping.dfdNeedsEscape(scalar)
  }
}
