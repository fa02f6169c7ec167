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
    try write { $0(text) }
  }

  /// Writes the text that `produce` hands to its argument, piece by piece in order, to the
  /// file (atomically) or to standard output; after a failed write the rest is dropped and it
  /// fails with status 2.
  package func write(_ produce: ((String) -> Void) -> Void) throws {
    try writing {
      if let path {
        try AtomicFile.write(to: path) { write in try Self.pieces(produce, write) }
      } else {
        try Self.pieces(produce) {
          try AtomicFile.writeAll($0, to: STDOUT_FILENO, path: "standard output")
        }
      }
    }
  }

  /// Hands each piece that `produce` makes to `write` as bytes; throws the first failure.
  private static func pieces(
    _ produce: ((String) -> Void) -> Void, _ write: AtomicFile.Pieces
  ) throws {
    // `write` does not outlive this call: `produce` uses it only while it runs.
    try withoutActuallyEscaping(write) { write in
      var failure: (any Error)?
      produce { text in
        guard failure == nil else { return }
        var text = text
        do {
          try text.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
        } catch {
          failure = error
        }
      }
      if let failure { throw failure }
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
