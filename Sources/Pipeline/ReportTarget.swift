import Foundation
import Reports

/// Where `report` writes and in which format, decided from `-o` and `--format` before any work.
package struct ReportTarget {
  private var target: OutputTarget<ReportFormat>

  /// The output file, or nil for standard output.
  package var path: String? { target.path }
  package var format: ReportFormat { target.format }

  /// Format from `--format`, else from the extension of `-o`, else HTML; refuses (exit 2) an
  /// output that cannot be written and an output file that is the model itself.
  package init(output: String?, format: ReportFormat?, model: String) throws {
    target = try OutputTarget(output: output, format: format, default: .html, product: "report")
    try OutputGuard(model: model).check(path, writing: "report")
  }

  /// The diagram file written beside a Markdown report (`lighting.svg` for `lighting.md`);
  /// nil on standard output.
  package var diagramFile: String? {
    guard let path, format == .markdown else { return nil }
    return URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension("svg")
      .lastPathComponent
  }

  /// Exits 2 when the report, or the diagram written beside it, would replace an input.
  package func check(_ inputs: OutputGuard) throws {
    try inputs.check(path, writing: "report")
    if let path, let diagramFile {
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
      try inputs.check(folder.appendingPathComponent(diagramFile).path, writing: "report's diagram")
    }
  }

  /// Writes the diagram beside a Markdown report, then the report, each atomically (a
  /// temporary file, then a rename) and piece by piece; on standard output only the report.
  ///
  /// A custom template (`template`, its path) that renders too much is refused here, before
  /// anything is written.
  package func write(_ report: PreparedReport, svg: String?, template: String? = nil) throws {
    try target.writing {
      do {
        try writePieces(report, svg: svg)
      } catch let error as ReportRenderer.TemplateError {
        throw PipelineFailure.line("\(template ?? "template"): error: \(error.message)")
      }
    }
  }

  private func writePieces(_ report: PreparedReport, svg: String?) throws {
    guard let path else {
      try report.writePage(svg: svg) { piece in
        try AtomicFile.writeAll(piece, to: STDOUT_FILENO, path: "standard output")
      }
      return
    }
    if let name = report.diagramFile, let svg {
      let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
      try AtomicFile.write(to: folder.appendingPathComponent(name).path) { pieces in
        try report.writeDiagram(svg: svg, to: pieces)
      }
    }
    try AtomicFile.write(to: path) { pieces in try report.writePage(svg: svg, to: pieces) }
  }
}
