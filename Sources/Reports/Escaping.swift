/// Escaping of model text for each output context.
///
/// Every reporter goes through these functions; none escapes on its own.
public enum Escaping {
  /// Text for HTML (or SVG) element content or a quoted attribute value: `& < > " '` become
  /// character references.
  public static func html(_ text: String) -> String {
    var result = ""
    result.reserveCapacity(text.utf8.count)
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\0": result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
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
