extension Escaping {
  /// A JSON string literal, quotes included (RFC 8259).
  ///
  /// `"` and `\` are escaped, line feed,
  /// carriage return and tab are written `\n`, `\r` and `\t`, and every other control character
  /// (C0, DEL) and the line and paragraph separators U+2028 and U+2029 are written `\uXXXX`.
  /// Bidirectional controls are spelled out (`showingBidiControls`), as in every other output.
  ///
  /// Everything else, `<`, `&` and `'` included, is written as it is: JSON is not HTML, and no
  /// output embeds JSON in a web page.
  public static func json(_ text: String) -> String { "\"" + jsonContent(text) + "\"" }

  /// The inside of `json(_:)`'s literal, without the quotes.
  public static func jsonContent(_ text: String) -> String {
    replacingScalars(in: showingBidiControls(text)) { scalar in
      switch scalar {
      case "\"": return "\\\""
      case "\\": return "\\\\"
      case "\n": return "\\n"
      case "\r": return "\\r"
      case "\t": return "\\t"
      case "\u{0}"..<"\u{20}", "\u{7F}", "\u{2028}", "\u{2029}":
        return "\\u" + hex(scalar.value).lowercased()
      default: return nil
      }
    }
  }
}
