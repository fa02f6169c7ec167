/// A report waiting for its diagram (`ReportRenderer.prepare`), so a caller can lay the diagram
/// out after deciding everything else; it writes the page once the diagram is known.
public struct PreparedReport: Sendable {
  let renderer: ReportRenderer
  /// The report's input, with an empty `svg` when there will be a diagram.
  var input: ReportInput
  /// SVG group ids and the model ids they draw, for `SVGSanitizer`.
  let targets: [String: String]
  /// The file the Markdown report links the diagram as, to be written beside it; nil when
  /// there is none.
  public let diagramFile: String?

  /// Renders the page with `svg` (the renderer's SVG, sanitised on the way) as the diagram and
  /// writes it to `write`; `svg` is nil exactly when the report was prepared without one.
  ///
  /// Throws what `write` throws, or a custom template's `TemplateError` before anything is
  /// written.
  public func writePage(svg: String?, to write: (UnsafeRawBufferPointer) throws -> Void)
    throws
  {
    var input = input
    input.svg = svg
    var page = try renderer.renderPage(input, diagramFile: diagramFile)
    try page.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
  }

  /// The same report with `views` offered under its diagram.
  public func with(views: [ReportInput.DiagramView]) -> PreparedReport {
    var report = self
    report.input.views = views
    return report
  }

  /// Writes the sanitised diagram: the file `diagramFile` names.
  public func writeDiagram(svg: String, to write: (UnsafeRawBufferPointer) throws -> Void)
    rethrows
  {
    try sanitizer.sanitize(svg, to: write)
  }

  /// The sanitised diagram as one string.
  func sanitizedDiagram(_ svg: String) -> String { sanitizer.sanitize(svg) }

  private var sanitizer: SVGSanitizer {
    let targets = targets
    return SVGSanitizer { targets[$0] }
  }
}
