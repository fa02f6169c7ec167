import DFDParser
import Diagnostics
import Foundation
import Pipeline
import ThreatEngine

/// Formats one model file for `fmt`: checks it, formats it, checks that the model it resolves
/// to is unchanged, and writes it back (or, with `check`, lists it) when it changed.
struct FormatRunner {
  /// What became of one file.
  enum Outcome: Equatable {
    case unchanged, changed, invalid
  }

  let input: InputOptions
  let catalogue: Catalogue
  let check: Bool

  /// Formats the file at `path` (`-` for standard input).
  func format(_ path: String) -> Outcome {
    let fromInput = path == "-"
    let name = fromInput ? "<stdin>" : path
    let bytes: [UInt8]
    do {
      bytes = try fromInput ? Self.readStandardInput() : FileReader.read(path)
    } catch {
      let unreadable = LoadedModel(
        files: [], resolved: nil, diagnostics: [.unreadableFile(name, reason: "\(error)")])
      Terminal.writeRenderedDiagnostics(input.renderDiagnostics(unreadable) + "\n")
      return .invalid
    }
    guard let formatted = formattedBytes(SourceFile(path: name, bytes: bytes)) else {
      return .invalid
    }
    if fromInput && !check { Self.writeStandardOutput(formatted) }
    guard formatted != bytes else { return .unchanged }
    if check || fromInput {
      if check { Terminal.writeText(name + "\n") }
      return .changed
    }
    do {
      try AtomicFile.write(formatted, to: path)
    } catch {
      Terminal.writeErrorLine("error: cannot write \(path): \(error)")
      return .invalid
    }
    return .changed
  }

  /// The canonical bytes of `source`, or nil (with the diagnostics shown) when it has errors.
  private func formattedBytes(_ source: SourceFile) -> [UInt8]? {
    let formatting = ModelFormatting(
      catalogue: catalogue, includeRoot: input.includeRoot,
      warningsAsErrors: input.warningsAsErrors)
    switch formatting.format(source) {
    case .formatted(let bytes):
      return bytes
    case .invalid(let model):
      Terminal.writeRenderedDiagnostics(input.renderDiagnostics(model) + "\n")
      Terminal.writeError(CheckSummary.line(for: model, path: source.path) + "\n")
      return nil
    case .changesModel:
      Terminal.writeErrorLine(
        "error: formatting \(source.path) would change its model (a bug in fmt); left as it is")
      return nil
    }
  }

  private static func readStandardInput() throws -> [UInt8] {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    guard data.count <= ModelLoader.maximumFileSize else {
      throw FileReadError("it holds more than \(ModelLoader.maximumFileSize) bytes")
    }
    return Array(data)
  }

  /// Writes the model text as it is to a pipe or file; on a terminal, with control characters
  /// made visible.
  private static func writeStandardOutput(_ bytes: [UInt8]) {
    if isatty(STDOUT_FILENO) == 1 {
      Terminal.writeText(String(decoding: bytes, as: UTF8.self))
    } else {
      FileHandle.standardOutput.write(Data(bytes))
    }
  }
}
