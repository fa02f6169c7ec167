import Foundation
import OutputEscaping

/// Where a command writes and in which format, decided from `-o` and `--format` before any work.
///
/// The format is `--format`, else the extension of `-o`, else the command's default. An output that
/// cannot be written (an unknown extension, a folder, a missing folder, a failed write) is
/// a `PipelineFailure` with exit status 2, as bad input does.
package struct OutputTarget<Format: RawRepresentable & CaseIterable>
where Format.RawValue == String {
  /// The output file, or nil for standard output.
  package var path: String?
  package var format: Format

  /// Exit status when the output cannot be written.
  package static var failure: Int32 { 2 }

  /// The target for `-o output` and `--format format`; `product` names what is written
  /// ("diagram", "report", "findings") in messages.
  package init(output: String?, format: Format?, default defaultFormat: Format, product: String)
    throws
  {
    path = output == "-" ? nil : output
    if let path { try Self.checkFolder(of: path, product: product) }
    if let format {
      self.format = format
    } else if let path {
      guard let guessed: Format = FileFormats.format(ofFile: path) else {
        let known = FileFormats.extensions(of: Format.self).joined(separator: ", ")
        let formats = Format.allCases.map(\.rawValue).joined(separator: ", ")
        throw Self.fail(
          "cannot tell the format of the \(product) from '\(path)': known extensions are "
            + "\(known); or name the format with --format (\(formats))")
      }
      self.format = guessed
    } else {
      self.format = defaultFormat
    }
  }

  /// Fails when `path` is a folder, or names a file in a folder that does not exist.
  private static func checkFolder(of path: String, product: String) throws {
    var status = stat()
    if stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
      throw fail(
        "cannot write the \(product) to '\(path)': it is a folder; name a file in it with -o")
    }
    let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue
    else {
      throw fail("cannot write the \(product) to '\(path)': there is no folder '\(folder)'")
    }
  }

  /// Writes `text` to the file (atomically) or to standard output; fails with status 2 when
  /// that fails.
  package func write(_ text: String) throws {
    try writing {
      var text = text
      try text.withUTF8 { bytes in
        if let path {
          try AtomicFile.write(to: path) { write in try write(UnsafeRawBufferPointer(bytes)) }
        } else {
          try AtomicFile.writeAll(
            UnsafeRawBufferPointer(bytes), to: STDOUT_FILENO, path: "standard output")
        }
      }
    }
  }

  /// Runs `write`, turning any error into a message and exit status 2.
  package func writing(_ write: () throws -> Void) throws {
    do {
      try write()
    } catch let failure as PipelineFailure {
      throw failure
    } catch {
      throw Self.fail("\(error)")
    }
  }

  /// The failure to throw: `error: message`, escaped for the terminal, and exit status 2.
  package static func fail(_ message: String) -> PipelineFailure {
    .error(message, status: failure)
  }
}
