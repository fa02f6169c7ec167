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
    if let path, AtomicFile.sameFile(path, model) {
      throw ValidationError(
        "refusing to overwrite the model '\(model)' with the report; choose another -o")
    }
  }

  /// The diagram file written beside a Markdown report (`lighting.svg` for `lighting.md`);
  /// nil on standard output.
  var diagramFile: String? {
    guard let path, format == .markdown else { return nil }
    return URL(fileURLWithPath: path).deletingPathExtension().appendingPathExtension("svg")
      .lastPathComponent
  }

  /// Writes each attachment beside the report, then the report, each atomically (a temporary
  /// file, then a rename); on standard output only the report.
  func write(_ output: ReportRenderer.Output) throws {
    guard let path else {
      FileHandle.standardOutput.write(Data(output.text.utf8))
      return
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
    do {
      for attachment in output.attachments {
        try AtomicFile.write(
          Array(attachment.contents.utf8), to: folder.appendingPathComponent(attachment.name).path)
      }
      try AtomicFile.write(Array(output.text.utf8), to: path)
    } catch {
      Terminal.writeError("error: \(error)\n")
      throw ExitCode(2)
    }
  }
}
