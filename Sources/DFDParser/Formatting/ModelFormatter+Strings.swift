import OutputEscaping

extension ModelFormatter {
  /// A label, title or value string: quoted as `Escaping.dfdString` quotes it, or a `"""`
  /// string kept as written.
  func string(_ string: StringSyntax) -> String {
    isMultiline(string.range) ? keptString(string.range) : Escaping.dfdString(string.value)
  }

  /// Whether the string literal at `range` is a `"""` string.
  func isMultiline(_ range: Range<Int>) -> Bool {
    range.count >= 6 && source.bytes[range.prefix(3)].allSatisfy { $0 == UInt8(ascii: "\"") }
  }

  /// A string literal as written, with each control, bidirectional or invisible character that
  /// stood in it raw written as a `\u{...}` escape instead (a tab stays, and in a `"""` string
  /// so do line breaks; the carriage return of a CRLF line end inside one is dropped).
  ///
  /// The value is unchanged: the escape decodes to the same character, and a `"""` string's
  /// indentation and blank lines are judged by spaces, tabs and carriage returns, which a line
  /// keeps unless it is not blank.
  func keptString(_ range: Range<Int>) -> String {
    guard isMultiline(range) else {
      return Self.escapingRaw(text(range).unicodeScalars[...], keepingReturns: false)
    }
    let content = text(range.lowerBound + 3..<range.upperBound - 3).unicodeScalars
    let lines = content.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      var line = line
      if line.last == "\r" { line.removeLast() }
      let isBlank = line.allSatisfy { $0 == " " || $0 == "\t" || $0 == "\r" }
      return Self.escapingRaw(line, keepingReturns: isBlank)
    }
    return "\"\"\"" + lines.joined(separator: "\n") + "\"\"\""
  }

  /// `text` with every character `Escaping.dfdNeedsEscape` names, other than a tab (and a
  /// carriage return when `keepingReturns`), written as `\u{...}`.
  static func escapingRaw(
    _ scalars: Substring.UnicodeScalarView, keepingReturns: Bool
  ) -> String {
    var result = ""
    for scalar in scalars {
      if scalar == "\t" || (keepingReturns && scalar == "\r") || !Escaping.dfdNeedsEscape(scalar) {
        result.unicodeScalars.append(scalar)
      } else {
        result += Escaping.dfdUnicodeEscape(scalar)
      }
    }
    return result
  }
}
