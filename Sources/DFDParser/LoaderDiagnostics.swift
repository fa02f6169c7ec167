import Diagnostics

// The model loader's diagnostics (DFD5xx), alphabetised. Codes are never reused.

extension Diagnostic {
  /// DFD506: an include path that is absolute.
  static func absoluteInclude(_ path: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD506", "include path '\(path)' is absolute", at: range, label: "not read",
      notes: [Diagnostic.Note("include paths are relative to the folder of the including file")])
  }

  /// DFD503: files that include each other.
  static func includeCycle(_ cycle: some Sequence<String>, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD503", "include cycle: " + cycle.joined(separator: " -> "), at: range,
      label: "includes a file that is already being included")
  }

  /// DFD508: an included file that is not a model (binary, or not DFD from its first statement);
  /// nothing of its contents is shown.
  static func includeNotAModel(_ path: String, reason: String, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .error, "DFD508", "included file '\(path)' is not a model file: \(reason)", at: range,
      label: "not read", notes: [Diagnostic.Note("its contents are not shown")])
  }

  /// DFD507: an include whose real path (after `..` and symbolic links) leaves the include root.
  static func includeOutsideRoot(_ path: String, root: String, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .error, "DFD507", "included file '\(path)' is outside the include root '\(root)'",
      at: range, label: "not read",
      notes: [
        Diagnostic.Note(
          "includes stay inside the model's git repository (or its folder without one); "
            + "--include-root DIR sets another root")
      ])
  }

  /// DFD504: an include chain deeper than the loader follows.
  static func includeTooDeep(_ path: String, limit: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD504", "includes are nested more than \(limit) files deep at '\(path)'", at: range,
      label: "not read")
  }

  /// DFD505: includes that would take the model past its total size limit.
  static func modelTooLarge(_ path: String, limit: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD505",
      "including '\(path)' takes the model past \(limit >> 20) MiB in all", at: range,
      label: "not read")
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
