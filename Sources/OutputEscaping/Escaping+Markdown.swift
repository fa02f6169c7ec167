extension Escaping {
  /// Text for a Markdown table cell or inline run: Markdown punctuation is backslash-escaped,
  /// `<`, `>` and `&` become character references (no raw HTML), `|` cannot end the cell,
  /// line breaks become `<br>`, and mentions (`@user`, `@org/team`) are set in code spans
  /// (`` `@user` ``), which GitHub neither links nor notifies.
  public static func markdown(_ text: String) -> String {
    let scalars = Array(withoutControls(text).unicodeScalars)
    var result = ""
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      let mention = mentionLength(in: scalars, at: index)
      if mention > 0 {
        result += "`" + String(String.UnicodeScalarView(scalars[index..<index + mention])) + "`"
        index += mention
        continue
      }
      if scalar == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" {
        index += 1  // CR LF is one line break, written for the LF
        continue
      }
      if let replaced = markdownReplacement(scalar) {
        result += replaced
      } else {
        result.unicodeScalars.append(scalar)
      }
      index += 1
    }
    return result
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

  /// What `markdown(_:)` writes for a scalar outside a mention, or nil to keep it.
  private static func markdownReplacement(_ scalar: Unicode.Scalar) -> String? {
    switch scalar {
    case "\r", "\n", "\u{2028}", "\u{2029}": return "<br>"
    case "&": return "&amp;"
    case "<": return "&lt;"
    case ">": return "&gt;"
    case "|", "\\", "`", "*", "_", "[", "]", "#", "~": return "\\" + String(scalar)
    case "\t": return " "
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
