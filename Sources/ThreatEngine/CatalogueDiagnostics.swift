import Diagnostics

/// The catalogue's problems (DFD7xx), documented in docs/diagnostics.md.
extension Diagnostic {
  /// DFD705: a rule's `when` condition does not parse or names something unknown.
  static func catalogueCondition(_ message: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, "DFD705", "in condition: \(message)", at: range)
  }

  /// DFD704: the YAML is well formed but not a catalogue: a wrong shape, an unknown or missing
  /// field, or a value the catalogue format does not allow.
  static func catalogueContent(_ message: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, "DFD704", message, at: range)
  }

  /// DFD703: the YAML nests too deep, or expands through its aliases past the bounds.
  static func catalogueTooLarge(_ message: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, "DFD703", message, at: range)
  }

  /// DFD701: the catalogue file cannot be read.
  public static func catalogueUnreadable(_ path: String, reason: String) -> Diagnostic {
    Diagnostic(
      .error, "DFD701", "cannot read the catalogue: \(reason)",
      at: SourceRange(file: path, start: 0, end: 0))
  }

  /// DFD702: the text is not valid YAML (Yams' own problem, without its excerpt).
  static func catalogueYAML(_ message: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, "DFD702", message, at: range)
  }
}
