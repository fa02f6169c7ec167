import Mustache

/// What a user's template may not do, checked before it is parsed, and its parse errors placed
/// in the user's own text.
enum TemplateCheck {
  /// Refuses a template that could change how values are escaped: a set-delimiter tag (which
  /// would let a pragma hide behind other delimiters) or a `CONTENT_TYPE` pragma other than the
  /// one the format already uses (`{{% CONTENT_TYPE: MARKDOWN}}` in a Markdown template).
  ///
  /// With the delimiters fixed as `{{ }}`, every tag swift-mustache reads as a pragma starts
  /// with `{{%`, and every set-delimiter tag with `{{=`, so finding those strings is enough.
  static func check(_ text: String, format: ReportFormat) throws(ReportRenderer.TemplateError) {
    if let found = text.firstRange(of: "{{=") {
      throw error(
        "set-delimiter tags ({{=...=}}) are not allowed in report templates",
        at: found.lowerBound, in: text)
    }
    var rest = text[...]
    while let found = rest.firstRange(of: "{{%") {
      let close = rest[found.upperBound...].firstRange(of: "}}")
      let pragma = close.map { rest[found.upperBound..<$0.lowerBound] } ?? ""
      let words = pragma.split(whereSeparator: { $0 == " " || $0 == ":" })
      guard format == .markdown, words == ["CONTENT_TYPE", "MARKDOWN"] else {
        throw error(
          "pragmas such as {{% CONTENT_TYPE: ...}} are not allowed in report templates: "
            + "values are always escaped for the report's format",
          at: found.lowerBound, in: text)
      }
      rest = rest[(close?.upperBound ?? found.upperBound)...]
    }
  }

  /// The error for a parse failure in `text`, which the renderer parsed after `prefix`.
  static func parseError(_ error: Error, prefix: String) -> ReportRenderer.TemplateError {
    guard let error = error as? MustacheTemplate.ParserError else {
      return ReportRenderer.TemplateError(
        line: 1, column: 1, message: "the template does not parse: \(error)")
    }
    let context = error.context
    // The prefix holds no line break, so it shifts only the first line's columns.
    let column =
      context.lineNumber == 1 ? max(1, context.columnNumber - prefix.count) : context.columnNumber
    return ReportRenderer.TemplateError(
      line: context.lineNumber, column: column,
      message: "the template does not parse: \(reason(error.error))")
  }

  private static func reason(_ error: Error) -> String {
    switch error as? MustacheTemplate.Error {
    case .sectionCloseNameIncorrect: return "a section is closed with another section's name"
    case .unfinishedName: return "a tag's name is not finished"
    case .expectedSectionEnd: return "a section is not closed"
    case .invalidSetDelimiter: return "a set-delimiter tag is malformed"
    case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: return "a pragma is malformed"
    default: return "\(error)"
    }
  }

  private static func error(_ message: String, at index: String.Index, in text: String)
    -> ReportRenderer.TemplateError
  {
    let before = text[..<index]
    let line = before.count(where: { $0 == "\n" }) + 1
    let lineStart = before.lastIndex(of: "\n").map { text.index(after: $0) } ?? text.startIndex
    return ReportRenderer.TemplateError(
      line: line, column: text[lineStart..<index].count + 1, message: message)
  }
}
