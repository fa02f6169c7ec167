import DFDModel
import Mustache
import OutputEscaping

/// Writes the HTML or Markdown report through a Mustache template: the built-in one for the
/// format, or one a council supplies (`report --template FILE`).
public struct ReportRenderer: Sendable {
  /// A file to write beside the report, such as the diagram the Markdown report links.
  public struct Attachment: Hashable, Sendable {
    public var name: String
    public var contents: String
  }

  /// A rendered report and the files that go beside it.
  public struct Output: Hashable, Sendable {
    public var text: String
    public var attachments: [Attachment]
  }

  /// A template that does not parse.
  public struct TemplateError: Error, CustomStringConvertible {
    public var description: String
  }

  public let format: ReportFormat
  private let template: MustacheTemplate

  /// A renderer for `format`, with `template` text or the built-in template.
  public init(format: ReportFormat, template text: String? = nil) throws(TemplateError) {
    _ = MarkdownContentType.registered
    _ = HTMLContentType.registered
    self.format = format
    // HTML templates escape with `Escaping.html` unless they choose a content type themselves.
    let prefix = format == .html ? "{{% CONTENT_TYPE: \(HTMLContentType.name)}}" : ""
    do {
      template = try MustacheTemplate(string: prefix + (text ?? format.builtInTemplate))
    } catch {
      throw TemplateError(description: "the template does not parse: \(error)")
    }
  }

  /// Renders the report.
  ///
  /// For Markdown with a diagram, `diagramFile` names the SVG written beside the report
  /// (`lighting.svg`); without it the report only mentions the diagram.
  public func render(_ input: ReportInput, diagramFile: String? = nil) -> Output {
    let linked = format == .markdown && input.svg != nil ? diagramFile : nil
    let context = ReportContext(input: input, diagramFile: linked)
    var values = context.templateValues()
    values["assets"] = ["css": ReportAssets.css, "script": ReportAssets.script]
    values["nonce"] = ReportAssets.nonce()
    var attachments: [Attachment] = []
    if let linked, input.svg != nil {
      attachments.append(Attachment(name: linked, contents: context.sanitizedSVG()))
    }
    return Output(text: template.render(values), attachments: attachments)
  }
}

/// The stylesheet and script the built-in HTML template inlines.
enum ReportAssets {
  static let css = String(decoding: PackageResources.report_css, as: UTF8.self)
  static let script = String(decoding: PackageResources.report_js, as: UTF8.self)

  /// A fresh value for the page's Content-Security-Policy nonce.
  static func nonce() -> String {
    (0..<2).map { _ in String(UInt64.random(in: .min ... .max), radix: 36) }.joined()
  }
}
