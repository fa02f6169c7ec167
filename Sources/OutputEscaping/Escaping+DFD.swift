/// Quoting for .dfd model text that a tool writes (the importer, the formatter).
extension Escaping {
  /// A .dfd string literal for `text`, quotes included.
  ///
  /// `"` and `\` are escaped, line breaks and tabs are written `\n` and `\t`, and every character
  /// that `dfdNeedsEscape` names is written `\u{...}`, so that untrusted text comes out as inert,
  /// visible text. The language has no NUL in strings, so a NUL becomes U+FFFD.
  public static func dfdString(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\u{0}": result += dfdUnicodeEscape("\u{FFFD}")
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\t": result += "\\t"
      default:
        if dfdNeedsEscape(scalar) {
          result += dfdUnicodeEscape(scalar)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// A comment line's text (without the `# `): line breaks and every character `dfdString`
  /// escapes are written as `\n` or `\u{...}`, so the comment cannot end early.
  public static func dfdComment(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": result += "\\n"
      case "\t": result += " "
      default:
        if dfdNeedsEscape(scalar) {
          result += dfdUnicodeEscape(scalar)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result
  }

  /// Whether `scalar` is written as an escape: C0 and C1 controls, DEL, bidirectional
  /// controls and marks, line and paragraph separators, and other invisible format characters.
  public static func dfdNeedsEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0..<0x20, 0x7F...0x9F: return true
    case 0x061C, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2069, 0xFEFF: return true
    default: return false
    }
  }

  /// `\u{HEX}` for `scalar`, upper-case hexadecimal, as the .dfd language writes it.
  public static func dfdUnicodeEscape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }
}
