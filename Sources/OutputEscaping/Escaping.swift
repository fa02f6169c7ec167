/// Escaping of untrusted text (labels, notes, identifiers, attribute values, paths, catalogue
/// text) for every context the tool writes to: terminal, DOT, HTML and SVG, Markdown, CSV, JSON.
///
/// Every writer goes through these functions at the point where model text meets the output's
/// syntax; none escapes on its own. docs/security.md lists which output uses which function.
public enum Escaping {
  /// Text for HTML (or SVG) element content or a quoted attribute value: `& < > " '` become
  /// character references, NUL becomes U+FFFD, and bidirectional controls are spelled out
  /// (`showingBidiControls`).
  public static func html(_ text: String) -> String {
    replacingScalars(in: showingBidiControls(text)) { scalar in
      switch scalar {
      case "&": return "&amp;"
      case "<": return "&lt;"
      case ">": return "&gt;"
      case "\"": return "&quot;"
      case "'": return "&#39;"
      case "\u{0}": return "\u{FFFD}"
      default: return nil
      }
    }
  }

  /// `text` with each scalar for which `replacement` gives a string replaced by that string
  /// (an empty string drops the scalar): the loop every escaper here is written with.
  static func replacingScalars(
    in text: String, _ replacement: (Unicode.Scalar) -> String?
  ) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      if let replaced = replacement(scalar) {
        result += replaced
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// A value for a quoted HTML attribute; newlines and tabs become character references so
  /// that they survive attribute-value normalisation.
  public static func htmlAttribute(_ text: String) -> String {
    html(text).replacingNewlines(with: "&#10;").replacing("\t", with: "&#9;")
  }

  /// A token for a space-separated attribute such as `data-stride` or `class`: anything other
  /// than letters, digits, `-` and `_` becomes `_`, so a value never splits or escapes.
  public static func token(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          scalar.isASCII
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
              || scalar == "-" || scalar == "_")
            ? scalar : "_"
        }))
  }
}

extension String {
  /// The text with each CR LF, CR or LF replaced by `replacement`.
  func replacingNewlines(with replacement: String) -> String {
    guard contains(where: \.isNewline) else { return self }
    var result = ""
    for character in self {
      if character.isNewline { result += replacement } else { result.append(character) }
    }
    return result
  }
}
