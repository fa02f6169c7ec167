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
