/// A report rendered all but its diagram, so the diagram can be laid out meanwhile
/// (`ReportRenderer.prepare`); it writes itself in pieces and never holds the whole page.
public struct PreparedReport: Sendable {
  /// A piece of the built-in template's page.
  enum Part: Sendable {
    /// Text written as it is.
    case text(String)
    /// The diagram's sanitised SVG.
    case diagram
  }

  /// What the page is made from.
  enum Body: Sendable {
    /// The built-in template's page, cut where the big sections go.
    case parts([Part])
    /// A custom template, rendered whole once the diagram is known.
    case template(ReportRenderer, ReportInput)
  }

  let body: Body
  /// SVG group ids and the model ids they draw, for `SVGSanitizer`.
  let targets: [String: String]
  /// The file the Markdown report links the diagram as, to be written beside it; nil when
  /// there is none.
  public let diagramFile: String?

  /// Writes the page to `write`, in order, with `svg` (the renderer's SVG, sanitised on the
  /// way) as the diagram; `svg` is nil exactly when the report was prepared without one.
  ///
  /// Throws what `write` throws, or a custom template's `TemplateError` before anything is
  /// written.
  public func writePage(svg: String?, to write: (UnsafeRawBufferPointer) throws -> Void)
    throws
  {
    switch body {
    case .parts(let parts):
      for part in parts {
        switch part {
        case .text(let text): try Self.write(text, to: write)
        case .diagram: try sanitizer.sanitize(svg ?? "", to: write)
        }
      }
    case .template(let renderer, var input):
      input.svg = svg
      try Self.write(try renderer.renderWhole(input, diagramFile: diagramFile), to: write)
    }
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

  /// Hands `text`'s UTF-8 to `write` in place.
  private static func write(_ text: String, to write: (UnsafeRawBufferPointer) throws -> Void)
    rethrows
  {
    var text = text
    try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
  }
}
