extension Escaping {
  /// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, with quotes
  /// doubled; controls are replaced and bidirectional controls spelled out (`withoutControls`).
  ///
  /// A field that a spreadsheet could read as a formula is prefixed with `'`: one that starts
  /// with tab or CR, or whose first scalar after any leading whitespace and invisible format
  /// characters (space, NBSP, U+FEFF, U+200B…) is `=`, `+`, `-`, `@` or a full-width or small
  /// form of them (`＝`, `﹦`…), since spreadsheets skip or normalise those.
  public static func csv(_ text: String) -> String {
    var field = withoutControls(text)
    if startsLikeFormula(field) { field = "'" + field }
    let needsQuotes = field.unicodeScalars.contains {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }
    guard needsQuotes else { return field }
    // Doubled scalar by scalar: `replacing` on characters would miss a quote that a combining
    // mark or joiner (U+200D) glues into one character with what follows, and leave it single.
    var quoted = String.UnicodeScalarView()
    quoted.append("\"")
    for scalar in field.unicodeScalars {
      quoted.append(scalar)
      if scalar == "\"" { quoted.append(scalar) }
    }
    quoted.append("\"")
    return String(quoted)
  }

  /// Whether a spreadsheet could read `field` as a formula (see `csv(_:)`).
  static func startsLikeFormula(_ field: String) -> Bool {
    if let first = field.unicodeScalars.first, first == "\t" || first == "\r" { return true }
    let start = field.unicodeScalars.first { scalar in
      !(scalar.properties.isWhitespace || scalar.properties.generalCategory == .format)
    }
    guard let start else { return false }
    return csvFormulaStarts.unicodeScalars.contains(start)
  }

  /// The scalars that start a formula: `=`, `+`, `-`, `@`, their full-width forms (U+FF1D,
  /// U+FF0B, U+FF0D, U+FF20) and their small forms (U+FE66, U+FE62, U+FE63, U+FE6B).
  static let csvFormulaStarts =
    "=+-@\u{FF1D}\u{FF0B}\u{FF0D}\u{FF20}\u{FE66}\u{FE62}\u{FE63}\u{FE6B}"
}
