/// The formats of `scp-dfd report`.
public enum ReportFormat: String, Hashable, Sendable, CaseIterable {
  case html
  case markdown

  /// The extension of a file in this format.
  public var fileExtension: String { self == .html ? "html" : "md" }

  /// The built-in template's text.
  public var builtInTemplate: String {
    switch self {
    case .html: return String(decoding: PackageResources.report_html_mustache, as: UTF8.self)
    case .markdown: return String(decoding: PackageResources.report_md_mustache, as: UTF8.self)
    }
  }
}
