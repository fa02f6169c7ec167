extension Escaping {
  /// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, with quotes doubled.
  ///
  /// A field that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or
  /// CR) is prefixed with `'`.
  public static func csv(_ text: String) -> String {
    var field = text
    if let first = field.unicodeScalars.first,
      ["=", "+", "-", "@", "\t", "\r"].contains(first)
    {
      field = "'" + field
    }
    let needsQuotes = field.unicodeScalars.contains {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }
    guard needsQuotes else { return field }
    return "\"" + field.replacing("\"", with: "\"\"") + "\""
  }
}
