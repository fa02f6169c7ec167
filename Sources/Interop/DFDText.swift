import DFDModel

/// The quoting rules of the .dfd language for text a tool writes: strings, comments, values.
///
/// Every character that could break out of a string or comment, reorder how a line displays
/// (bidirectional controls) or hide itself (other controls, line separators) is written as an
/// escape, so that untrusted names come out as inert, visible text.
public enum DFDText {
  /// A string literal, quotes included.
  ///
  /// The language has no NUL in strings, so a NUL becomes U+FFFD (written `\u{FFFD}`).
  public static func string(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{0}": result += unicodeEscape("\u{FFFD}")
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default:
        if needsEscape(scalar) {
          result += unicodeEscape(scalar)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// A comment line's text (without the `# `): line breaks and every other character `string`
  /// escapes are written as `\n` or `\u{...}`, so the comment cannot end early.
  public static func comment(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\t": result += " "
      default:
        if needsEscape(scalar) {
          result += unicodeEscape(scalar)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

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

  /// Whether `scalar` is written as an escape: C0 and C1 controls, DEL, bidirectional
  /// controls and marks, line and paragraph separators, and other invisible format characters.
  public static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F: return true
    case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: return true
    default: return false
    }
  }

  private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}
