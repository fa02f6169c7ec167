extension Escaping {
  /// Text for a Markdown table cell or inline run: Markdown punctuation is backslash-escaped,
  /// `<`, `>` and `&` become character references (no raw HTML), `|` cannot end the cell and
  /// line breaks become `<br>`.
  public static func markdown(_ text: String) -> String {
    var unified = withoutControls(text)
    if text.utf8.contains(0xE2) {
      unified = unified.replacing("\u{2028}", with: "\n").replacing("\u{2029}", with: "\n")
    }
    if text.utf8.contains(0x0D) { unified = unified.replacing("\r\n", with: "\n") }
    return rewriteBytes(unified) { byte in
      switch byte {
      case UInt8(ascii: "\r"), UInt8(ascii: "\n"): return "<br>"
      case UInt8(ascii: "&"): return "&amp;"
      case UInt8(ascii: "<"): return "&lt;"
      case UInt8(ascii: ">"): return "&gt;"
      case UInt8(ascii: "|"): return "\\|"
      case UInt8(ascii: "\\"): return "\\\\"
      case UInt8(ascii: "`"): return "\\`"
      case UInt8(ascii: "*"): return "\\*"
      case UInt8(ascii: "_"): return "\\_"
      case UInt8(ascii: "["): return "\\["
      case UInt8(ascii: "]"): return "\\]"
      case UInt8(ascii: "#"): return "\\#"
      case UInt8(ascii: "~"): return "\\~"
      case UInt8(ascii: "\t"): return " "
      default: return nil
      }
    }
  }

  /// Text for inline code (`` `id` ``) in Markdown: the shortest run of backticks that the
  /// text does not contain fences it, and `|` and line breaks are neutralised for tables.
  public static func markdownCode(_ text: String) -> String {
    // Scalar by scalar, not by character: a combining mark or joiner after `|` or a backtick
    // glues them into one character that character-wise matching would miss.
    var flat = String.UnicodeScalarView()
    var longest = 0
    var run = 0
    for scalar in text.replacingNewlines(with: " ").unicodeScalars {
      if scalar == "|" { flat.append("\\") }
      flat.append(scalar)
      run = scalar == "`" ? run + 1 : 0
      longest = max(longest, run)
    }
    let fence = String(repeating: "`", count: longest + 1)
    let padded = flat.first == "`" || flat.last == "`" ? " " + String(flat) + " " : String(flat)
    return fence + padded + fence
  }

  /// A link destination for Markdown (`[text](destination)`): only relative paths and `http(s)` URLs are allowed; spaces, parentheses and angle brackets are percent-encoded.
  ///
  /// Returns nil for anything else, such as `javascript:`.
  public static func markdownLinkDestination(_ text: String) -> String? {
    guard URLSafety.isSafeLink(text) else { return nil }
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case " ", "(", ")", "<", ">", "\\", "`", "\"", "'", "[", "]", "|":
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "%" + (hex.count < 2 ? "0" + hex : hex)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F { continue }
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
