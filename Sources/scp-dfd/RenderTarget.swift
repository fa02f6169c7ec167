import ArgumentParser
import DFDLayout
import Foundation

/// Where `render` writes and in which format, decided from `-o` and `--format` before any work.
struct RenderTarget {
  /// The output file, or nil for standard output.
  var path: String?
  var format: RenderFormat

  /// Format from `--format`, else from the extension of `-o`, else SVG; refuses binary output
  /// to a terminal and an output file that is the model itself.
  init(output: String?, format: RenderFormat?, model: String, stdoutIsTerminal: Bool) throws {
    path = output == "-" ? nil : output
    if let format {
      self.format = format
    } else if let path {
      let fileExtension = URL(fileURLWithPath: path).pathExtension
      guard let guessed = RenderFormat(fileExtension: fileExtension) else {
        throw ValidationError(
          "cannot tell the format from '\(path)'; use --format svg, png, pdf or dot")
      }
      self.format = guessed
    } else {
      self.format = .svg
    }
    if let path, AtomicFile.sameFile(path, model) {
      throw ValidationError(
        "refusing to overwrite the model '\(model)' with the diagram; choose another -o")
    }
    if path == nil, self.format.isBinary, stdoutIsTerminal {
      throw ValidationError(
        "refusing to write \(self.format.rawValue.uppercased()) to a terminal; use -o FILE or redirect"
      )
    }
  }

  /// Writes the rendered bytes to the file (atomically) or to standard output.
  func write(_ bytes: [UInt8]) throws {
    if let path {
      try AtomicFile.write(bytes, to: path)
    } else {
      FileHandle.standardOutput.write(Data(bytes))
    }
  }
}
