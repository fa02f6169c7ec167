extension Escaping {
  /// Text for a terminal or a log: C0 and C1 control characters (other than tab) and DEL become
  /// visible symbols, and bidirectional-override characters are spelled out, so model text can
  /// neither send escape sequences to a terminal nor reorder what it shows.
  public static func terminal(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: needsTerminalEscape) else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      guard needsTerminalEscape(scalar) else {
        result.append(scalar)
        continue
      }
      switch scalar.value {
      case 0..<0x20: result.append(Unicode.Scalar(0x2400 + scalar.value) ?? "?")
      case 0x7F: result.append("\u{2421}")
      case 0x80...0x9F: result.append("\u{FFFD}")
      default: result.append(contentsOf: visibleForm(of: scalar).unicodeScalars)
      }
    }
    return String(result)
  }

  /// Multi-line text for a terminal: each line escaped as `terminal(_:)` does, line breaks kept.
  public static func terminal(_ text: String, keepingLineBreaks: Bool) -> String {
    guard keepingLineBreaks else { return terminal(text) }
    return text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { terminal(String($0)) }.joined(separator: "\n")
  }

  /// The text with C0 controls other than tab, CR and LF, DEL and C1 controls replaced by
  /// U+FFFD and bidirectional controls spelled out (`showingBidiControls`), for text formats
  /// (Markdown, CSV) that may end up on a terminal, in a spreadsheet or on a web page.
  public static func withoutControls(_ text: String) -> String {
    let isControl: (Unicode.Scalar) -> Bool = {
      $0 != "\t" && $0 != "\n" && $0 != "\r" && needsTerminalEscape($0) && !isBidiControl($0)
    }
    let shown = showingBidiControls(text)
    guard shown.unicodeScalars.contains(where: isControl) else { return shown }
    return String(
      String.UnicodeScalarView(shown.unicodeScalars.map { isControl($0) ? "\u{FFFD}" : $0 }))
  }

  /// Whether `scalar` may not reach a terminal as it is.
  static func needsTerminalEscape(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09: return false
    case 0..<0x20, 0x7F...0x9F: return true
    default: return isBidiControl(scalar)
    }
  }

  static func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16, uppercase: true)
    return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
  }
}
