import Diagnostics

// The parser's diagnostics, alphabetised. Codes DFD1xx are syntax; codes are never reused.

extension Diagnostic {
  /// DFD106: a token other than the one the grammar needs.
  static func expected(_ what: String, found: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, "DFD106", "expected \(what), found \(found)", at: range)
  }

  /// DFD502: `include` inside a boundary.
  static func includeInsideBoundary(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD502", "'include' is only allowed at the top level of a file", at: range,
      label: "inside a boundary",
      notes: [Diagnostic.Note("move the include out of the boundary block")])
  }

  /// DFD105: a backslash escape the language does not know.
  static func invalidEscape(_ text: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD105", "invalid escape sequence '\(text)' in string", at: range,
      notes: [Diagnostic.Note("the escapes are \\\" \\\\ \\n \\t and \\u{hex}")])
  }

  /// DFD110: a run starting with a digit that is not a number.
  static func invalidNumber(_ text: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD110", "invalid number '\(text)'", at: range,
      notes: [Diagnostic.Note("numbers look like 42 or 3.5; write other text in quotes")])
  }

  /// DFD102: bytes that are not UTF-8.
  static func invalidUTF8(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD102", "invalid UTF-8", at: range, label: "these bytes are not UTF-8",
      notes: [Diagnostic.Note("model files must be UTF-8 text")])
  }

  /// DFD113: `model` inside a boundary.
  static func modelNotAtTopLevel(at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, "DFD113", "'model' is only allowed at the top level", at: range)
  }

  /// DFD111: boundaries or lists nested past the limit.
  static func nestedTooDeeply(_ what: String, limit: Int, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD111", "\(what) nest too deeply (the limit is \(limit) levels)", at: range,
      label: "skipped from here")
  }

  /// DFD103: a NUL byte.
  static func nulByte(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD103", "NUL byte in the file", at: range,
      notes: [Diagnostic.Note("model files must be text; is this a binary file?")])
  }

  /// DFD109: a number where an identifier must be.
  static func numberAsIdentifier(_ text: String, as what: String, at range: SourceRange)
    -> Diagnostic
  {
    Diagnostic(
      .error, "DFD109", "expected \(what), found number '\(text)'", at: range,
      label: "identifiers start with a letter or '_'")
  }

  /// DFD108: a reserved word where an identifier must be.
  static func reservedWord(_ word: String, as what: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD108", "expected \(what), found reserved word '\(word)'", at: range,
      label: "reserved", notes: [Diagnostic.Note("choose another name, such as '\(word)-1'")])
  }

  /// DFD107: a `[` or `{` that is never closed.
  static func unclosed(
    _ bracket: String, _ what: String, at range: SourceRange, opening: SourceRange
  )
    -> Diagnostic
  {
    let closing = bracket == "[" ? "]" : "}"
    return Diagnostic(
      .error, "DFD107", "expected '\(closing)' to close the \(what)", at: range,
      notes: [Diagnostic.Note("the \(what) opens here", range: opening, rangePrefix: "at")])
  }

  /// DFD101: a character the language does not use.
  static func unexpectedCharacter(_ text: String, at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, "DFD101", "unexpected character '\(text)'", at: range)
  }

  /// DFD112: a `}` with no open block.
  static func unexpectedClosingBrace(at range: SourceRange) -> Diagnostic {
    Diagnostic(.error, "DFD112", "unexpected '}' with no open boundary", at: range)
  }

  /// DFD104: a string with no closing quote.
  static func unterminatedString(at range: SourceRange) -> Diagnostic {
    Diagnostic(
      .error, "DFD104", "unterminated string",
      at: SourceRange(file: range.file, start: range.start, end: range.start + 1),
      label: "this string has no closing quote",
      notes: [Diagnostic.Note("use \"\"\" for text that spans lines")])
  }
}
