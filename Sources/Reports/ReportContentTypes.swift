import Mustache

/// The Mustache content type `MARKDOWN`: `{{name}}` is escaped with `Escaping.markdown`.
struct MarkdownContentType: MustacheContentType {
  /// The name templates select it by: `{{% CONTENT_TYPE: MARKDOWN}}`.
  static let name = "MARKDOWN"

  func escapeText(_ text: String) -> String { Escaping.markdown(text) }

  /// Registers the type once per process.
  static let registered: Bool = {
    MustacheContentTypes.register(MarkdownContentType(), named: name)
    return true
  }()
}

/// The Mustache content type for HTML reports: `{{name}}` is escaped with `Escaping.html`
/// (the same characters as swift-mustache's own HTML type, in one pass over UTF-8).
struct HTMLContentType: MustacheContentType {
  /// The name the renderer selects it by.
  static let name = "SCP_DFD_HTML"

  func escapeText(_ text: String) -> String { Escaping.html(text) }

  /// Registers the type once per process.
  static let registered: Bool = {
    MustacheContentTypes.register(HTMLContentType(), named: name)
    return true
  }()
}
