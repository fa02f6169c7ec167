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
  /// Whether the template is the built-in one, whose big sections `prepare` cuts out.
  private let isBuiltIn: Bool

  /// A renderer for `format`, with `template` text or the built-in template.
  public init(format: ReportFormat, template text: String? = nil) throws(TemplateError) {
    _ = MarkdownContentType.registered
    _ = HTMLContentType.registered
    self.format = format
    isBuiltIn = text == nil
    // Values are escaped for the format: with `Escaping.html` in HTML, and in a custom Markdown
    // template with `Escaping.markdown`; a custom template may not choose otherwise.
    let prefix: String
    switch format {
    case .html: prefix = "{{% CONTENT_TYPE: \(HTMLContentType.name)}}"
    case .markdown: prefix = text == nil ? "" : "{{% CONTENT_TYPE: \(MarkdownContentType.name)}}"
    }
    if let text { try TemplateCheck.check(text, format: format) }
    do {
      template = try MustacheTemplate(string: prefix + (text ?? format.builtInTemplate))
    } catch {
      throw TemplateCheck.parseError(error, prefix: prefix)
    }
  }

  /// Renders the report.
  ///
  /// For Markdown with a diagram, `diagramFile` names the SVG written beside the report
  /// (`lighting.svg`); without it the report only mentions the diagram.
  public func render(_ input: ReportInput, diagramFile: String? = nil) throws -> Output {
    let prepared = prepare(input, withDiagram: input.svg != nil, diagramFile: diagramFile)
    var page: [UInt8] = []
    try prepared.writePage(svg: input.svg) { page.append(contentsOf: $0) }
    var attachments: [Attachment] = []
    if let name = prepared.diagramFile, let svg = input.svg {
      attachments.append(Attachment(name: name, contents: prepared.sanitizedDiagram(svg)))
    }
    return Output(text: String(decoding: page, as: UTF8.self), attachments: attachments)
  }

  /// Renders everything but the diagram, which `PreparedReport.writePage` takes later, so a
  /// caller can lay the diagram out meanwhile; `withDiagram` says whether there will be one
  /// (`input.svg` is not read).
  ///
  /// The built-in templates are rendered here with markers where the diagram and the big
  /// pre-rendered sections go; the page is cut at the markers, so those sections go straight
  /// to the output. A custom template is rendered whole when the page is written.
  public func prepare(_ input: ReportInput, withDiagram: Bool, diagramFile: String? = nil)
    -> PreparedReport
  {
    var input = input
    input.svg = withDiagram ? "" : nil
    let linked = format == .markdown && withDiagram ? diagramFile : nil
    let context = ReportContext(input: input, diagramFile: linked)
    let targets = withDiagram ? context.diagramTargets() : [:]
    guard isBuiltIn else {
      return PreparedReport(body: .template(self, input), targets: targets, diagramFile: linked)
    }
    // Escaped text cannot hold `<`, so only the template's raw tags can write a marker.
    let token = ReportAssets.nonce()
    var markers: [ReportContext.Section: String] = [:]
    for section in ReportContext.Section.allCases {
      markers[section] = "<scp-dfd-section \(token) \(section.rawValue)>"
    }
    let page = template.render(values(context, placeholders: markers))
    let parts = ReportPageCutter(markers: markers, context: context).parts(of: page)
    return PreparedReport(body: .parts(parts), targets: targets, diagramFile: linked)
  }

  /// The whole page in one string, as the template renders it (for custom templates), within
  /// `maximumListItems`.
  func renderWhole(_ input: ReportInput, diagramFile: String?) throws(TemplateError) -> String {
    let linked = format == .markdown && input.svg != nil ? diagramFile : nil
    let budget = TemplateBudget(limit: Self.maximumListItems)
    let values = budget.wrap(values(ReportContext(input: input, diagramFile: linked)))
    let page = template.render(values)
    guard !budget.isExceeded else {
      throw TemplateError(
        line: 1, column: 1,
        message: "the template renders more than \(Self.maximumListItems) list items; "
          + "do sections over lists nest inside each other?")
    }
    return page
  }

  private func values(
    _ context: ReportContext, placeholders: [ReportContext.Section: String] = [:]
  ) -> [String: Any] {
    var values = context.templateValues(placeholders: placeholders)
    values["assets"] = ["css": ReportAssets.css, "script": ReportAssets.script]
    values["nonce"] = ReportAssets.nonce()
    return values
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
