extension Escaping {
  /// The text with each bidirectional control spelled out as `<U+XXXX>`: the one rule that every
  /// output (terminal, DOT and SVG, HTML, Markdown, CSV, JSON and SARIF) applies, so that no
  /// label can reorder what a reader sees (`gnp.exe` shown as `exe.png`).
  ///
  /// Each context's escaper applies it before its own escaping, so the `<` and `>` of the
  /// visible form are escaped like any other text.
  public static func showingBidiControls(_ text: String) -> String {
    // Every bidirectional control is outside ASCII.
    let ascii = text.utf8.withContiguousStorageIfAvailable { $0.allSatisfy { $0 < 0x80 } }
    guard ascii != true,
      text.unicodeScalars.contains(where: isBidiControl)
    else { return text }
    var result = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      if isBidiControl(scalar) {
        result.append(contentsOf: visibleForm(of: scalar).unicodeScalars)
      } else {
        result.append(scalar)
      }
    }
    return String(result)
  }

  /// Whether `scalar` is a bidirectional control: an embedding, override or isolate
  /// (U+202A-U+202E, U+2066-U+2069), a directional mark (U+200E, U+200F) or the Arabic letter
  /// mark (U+061C).
  public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true
    default: return false
    }
  }

  /// How a bidirectional control is shown: `<U+202E>`.
  static func visibleForm(of scalar: Unicode.Scalar) -> String { "<U+\(hex(scalar.value))>" }
}
