import DFDLayout
import Foundation

/// Where `render` writes and in which format, decided from `-o` and `--format` before any work.
package struct RenderTarget {
  private var target: OutputTarget<RenderFormat>

  /// The output file, or nil for standard output.
  package var path: String? { target.path }
  package var format: RenderFormat { target.format }

  /// Format from `--format`, else from the extension of `-o`, else SVG; refuses (exit 2) an
  /// output that cannot be written, binary output to a terminal and an output file that is
  /// the model itself.
  package init(output: String?, format: RenderFormat?, model: String, stdoutIsTerminal: Bool) throws
  {
    target = try OutputTarget(output: output, format: format, default: .svg, product: "diagram")
    try OutputGuard(model: model).check(path, writing: "diagram")
    if path == nil, self.format.isBinary, stdoutIsTerminal {
      throw OutputTarget<RenderFormat>.fail(
        "refusing to write \(self.format.rawValue.uppercased()) to a terminal; use -o FILE or redirect"
      )
    }
  }

  /// Writes the rendered bytes to the file (atomically) or to standard output; exits 2 when
  /// that fails.
  package func write(_ bytes: [UInt8]) throws {
    try target.writing {
      if let path {
        try AtomicFile.write(bytes, to: path)
      } else {
        try bytes.withUnsafeBytes {
          try AtomicFile.writeAll($0, to: STDOUT_FILENO, path: "standard output")
        }
      }
    }
  }
}
