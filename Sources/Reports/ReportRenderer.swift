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

  /// A template that does not parse, is refused, or takes too much work to render; `line`
  /// and `column` (1-based) point into the template's own text.
  public struct TemplateError: Error, CustomStringConvertible {
    public var line: Int
    public var column: Int
    public var message: String

    /// `line:column: message`.
    public var description: String { "\(line):\(column): \(message)" }
  }

  /// The most list items a custom template may render, counted over every section and every
  /// nesting (`TemplateBudget`): ample for a page per finding of a 10,000-finding model.
  public static let maximumListItems = 1_000_000

  public let format: ReportFormat
  private let template: MustacheTemplate
  /// The built-in template of the same format as the partial `report`, so a custom template can
  /// be `{{<report}}` with some of its blocks (`{{$findingRow}}`) replaced.
  private let library: MustacheLibrary
  /// Whether the template is the built-in one, which is trusted and so not budgeted.
  private let isBuiltIn: Bool

  /// A renderer for `format`, with `template` text or the built-in template.
  public init(format: ReportFormat, template text: String? = nil) throws(TemplateError) {
    _ = MarkdownContentType.registered
    _ = HTMLContentType.registered
    self.format = format
    isBuiltIn = text == nil
    let prefix = Self.contentType(format, builtIn: text == nil)
    if let text { try TemplateCheck.check(text, format: format) }
    do {
      template = try MustacheTemplate(string: prefix + (text ?? format.builtInTemplate))
    } catch {
      throw TemplateCheck.parseError(error, prefix: prefix)
    }
    library = text == nil ? MustacheLibrary() : Self.builtInLibrary(format)
  }

  /// The pragma put before a template's text so that values are escaped for the format: with
  /// `Escaping.html` in HTML, with `Escaping.markdown` in a custom Markdown template (the
  /// built-in one names it itself); a custom template may not choose otherwise.
  private static func contentType(_ format: ReportFormat, builtIn: Bool) -> String {
    switch format {
    case .html: return "{{% CONTENT_TYPE: \(HTMLContentType.name)}}"
    case .markdown: return builtIn ? "" : "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}"
    }
  }

  /// A library holding `format`'s built-in template as `report`.
  private static func builtInLibrary(_ format: ReportFormat) -> MustacheLibrary {
    let text = contentType(format, builtIn: true) + format.builtInTemplate
    // The built-in templates parse (every test that renders a report shows it).
    let builtIn = try? MustacheTemplate(string: text)
    return MustacheLibrary(templates: builtIn.map { ["report": $0] } ?? [:])
  }

  /// Renders the report.
  ///
  /// For Markdown with a diagram, `diagramFile` names the SVG written beside the report
  /// (`lighting.svg`); without it the report only mentions the diagram.
  public func render(_ input: ReportInput, diagramFile: String? = nil) throws(TemplateError)
    -> Output
  {
    let prepared = prepare(input, withDiagram: input.svg != nil, diagramFile: diagramFile)
    let text = try renderPage(input, diagramFile: prepared.diagramFile)
    var attachments: [Attachment] = []
    if let name = prepared.diagramFile, let svg = input.svg {
      attachments.append(Attachment(name: name, contents: prepared.sanitizedDiagram(svg)))
    }
    return Output(text: text, attachments: attachments)
  }

  /// The report without its diagram, which `PreparedReport.writePage` takes once it is laid
  /// out; `withDiagram` says whether there will be one (`input.svg` is not read).
  public func prepare(_ input: ReportInput, withDiagram: Bool, diagramFile: String? = nil)
    -> PreparedReport
  {
    var input = input
    input.svg = withDiagram ? "" : nil
    let linked = format == .markdown && withDiagram ? diagramFile : nil
    let targets = withDiagram ? ReportContext(input: input).diagramTargets() : [:]
    return PreparedReport(renderer: self, input: input, targets: targets, diagramFile: linked)
  }

  /// The whole page, as the template renders it; a custom template's render is bounded by
  /// `maximumListItems`.
  func renderPage(_ input: ReportInput, diagramFile: String?) throws(TemplateError) -> String {
    var values = ReportContext(input: input, diagramFile: diagramFile).templateValues()
    values["assets"] = ["css": ReportAssets.css, "script": ReportAssets.script]
    values["nonce"] = ReportAssets.nonce()
    if isBuiltIn { return template.render(values) }
    let budget = TemplateBudget(limit: Self.maximumListItems)
    let page = template.render(budget.wrap(values), library: library)
    guard !budget.isExceeded else {
      throw TemplateError(
        line: 1, column: 1,
        message: "the template renders more than \(Self.maximumListItems) list items; "
          + "do sections over lists nest inside each other?")
    }
    return page
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
