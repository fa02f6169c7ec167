// The model loader's diagnostics (DFD5xx), alphabetised. Codes are never reused.

extension Diagnostic {
  /// DFD503: files that include each other.
  static func includeCycle(_ cycle: some Sequence<String>, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD503", "include cycle: " + cycle.joined(separator: " -> "), at: range,
      label: "includes a file that is already being included")
  }

  /// DFD501: a model file that cannot be read.
  public static func unreadableFile(_ path: String, reason: String) -> Diagnostic {
    Diagnostic(
      .error, "DFD501", "cannot read '\(path)': \(reason)",
      at: SourceRange(file: path, start: 0, end: 0))
  }

  /// DFD501: an included file that cannot be read.
  static func unreadableInclude(_ path: String, reason: String, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .error, "DFD501", "cannot read included file '\(path)': \(reason)", at: range)
  }
}
