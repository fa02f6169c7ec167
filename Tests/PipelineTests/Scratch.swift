import DFDParser
import Diagnostics
import Foundation
import Pipeline
import ThreatEngine

/// A scratch folder of files for one test, removed when the test ends.
final class Scratch {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-pipeline-\(UUID())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  deinit { try? FileManager.default.removeItem(at: folder) }

  /// The absolute path of `name` inside the folder.
  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// Writes `text` to `name`, making its folders.
  func write(_ name: String, _ text: String) throws {
    let url = folder.appendingPathComponent(name)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
  }

  /// Makes the folder `name` (and its parents).
  func makeFolder(_ name: String) throws {
    try FileManager.default.createDirectory(
      atPath: path(name), withIntermediateDirectories: true)
  }
}

/// What `check` would say about the model at `path`, read in process: whether it is valid, and
/// its diagnostics rendered without colour.
func check(_ path: String, includeRoot: String? = nil) -> (valid: Bool, text: String) {
  let result = ModelReader(catalogue: .builtIn, includeRoot: includeRoot).read(path)
  let text = DiagnosticRenderer(files: result.model.sources, colors: false)
    .render(result.model.diagnostics)
  return (result.valid != nil, text)
}

/// The repository's `samples/` folder.
let samplesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")
