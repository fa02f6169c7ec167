import ArgumentParser
import Foundation
import Reports

extension ReportFormat: ExpressibleByArgument {}

/// Where `report` writes and in which format, decided from `-o` and `--format` before any work.
struct ReportTarget {
  /// The output file, or nil for standard output.
  var path: String?
  var format: ReportFormat

  /// Format from `--format`, else from the extension of `-o`, else HTML; refuses an output
  /// file that is the model itself.
  init(output: String?, format: ReportFormat?, model: String) throws {
    path = output == "-" ? nil : output
    if let format {
      self.format = format
    } else if let path {
      let fileExtension = URL(fileURLWithPath: path).pathExtension
      guard let guessed = ReportFormat(pathExtension: fileExtension) else {
        throw ValidationError(
          "cannot tell the format from '\(path)'; use --format html or markdown")
      }
      self.format = guessed
    } else {
      self.format = .html
    }
    try OutputGuard(model: model).check(path, writing: "report")
  }

  /// The diagram file written beside a Markdown report (`lighting.svg` for `lighting.md`);
  /// nil on standard output.
  var diagramFile: String? {
    guard let path, format == .markdown else { return nil }
    return URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension("svg")
      .lastPathComponent
  }

  /// Exits 2 when the report, or the diagram written beside it, would replace an input.
  func check(_ inputs: OutputGuard) throws {
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
  func write(_ report: PreparedReport, svg: String?, template: String? = nil) throws {
    do {
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
    } catch let error as ReportRenderer.TemplateError {
      Terminal.writeErrorLine("\(template ?? "template"): error: \(error.message)")
      throw ExitCode(2)
    } catch {
      Terminal.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
  }
}
