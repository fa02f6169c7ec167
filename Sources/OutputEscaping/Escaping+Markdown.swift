extension Escaping {
  /// Text for a Markdown table cell or inline run: Markdown punctuation is backslash-escaped,
  /// `<`, `>` and `&` become character references (no raw HTML), `|` cannot end the cell,
  /// line breaks become `<br>`, and mentions (`@user`, `@org/team`) are set in code spans
  /// (`` `@user` ``), which GitHub neither links nor notifies.
  public static func markdown(_ text: String) -> String {
    var unified = withoutControls(text)
    if text.utf8.contains(0xE2) {
      unified = unified.replacing("\u{2028}", with: "\n").replacing("\u{2029}", with: "\n")
    }
    if text.utf8.contains(0x0D) { unified = unified.replacing("\r\n", with: "\n") }
    guard unified.utf8.contains(UInt8(ascii: "@")) else {
      return rewriteBytes(unified, markdownReplacement)
    }
    var result = ""
    var plain = String.UnicodeScalarView()
    let scalars = Array(unified.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let length = mentionLength(in: scalars, at: index)
      if length == 0 {
        plain.append(scalars[index])
        index += 1
        continue
      }
      result += rewriteBytes(String(plain), markdownReplacement)
      plain = String.UnicodeScalarView()
      let mention = String(String.UnicodeScalarView(scalars[index..<index + length]))
      result += "`" + mention + "`"
      index += length
    }
    return result + rewriteBytes(String(plain), markdownReplacement)
  }

  /// The length of the mention that starts at `index`, or 0.
  ///
  /// A mention is `@`, then a name of ASCII letters, digits, `-` and `_`, with `.` and `/` for
  /// teams. What comes before the `@` does not matter: an address such as `ops@example.org` is
  /// set in code too, which shows it unchanged.
  static func mentionLength(in scalars: [Unicode.Scalar], at index: Int) -> Int {
    guard scalars[index] == "@", index + 1 < scalars.count, isMentionName(scalars[index + 1])
    else { return 0 }
    var end = index + 1
    while end < scalars.count,
      isMentionName(scalars[end]) || scalars[end] == "/" || scalars[end] == "."
    {
      end += 1
    }
    return end - index
  }

  /// Whether `scalar` may be part of a GitHub user, organisation or team name.
  private static func isMentionName(_ scalar: Unicode.Scalar) -> Bool {
    scalar.isASCII
      && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "-"
        || scalar == "_")
  }

  private static func markdownReplacement(_ byte: UInt8) -> StaticString? {
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
