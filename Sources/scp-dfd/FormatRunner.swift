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
    var before = load(source)
    if input.warningsAsErrors {
      for index in before.diagnostics.indices where before.diagnostics[index].severity == .warning {
        before.diagnostics[index].severity = .error
      }
    }
    guard !before.hasErrors, let original = before.resolved?.diagram,
      let text = ModelFormatter.format(source).text
    else {
      Terminal.writeRenderedDiagnostics(input.renderDiagnostics(before) + "\n")
      Terminal.writeError(CheckSummary.line(for: before, path: source.path) + "\n")
      return nil
    }
    let bytes = Array(text.utf8)
    if bytes == source.bytes { return bytes }
    let after = load(SourceFile(path: source.path, bytes: bytes))
    guard !after.hasErrors, after.resolved?.diagram == original else {
      Terminal.writeErrorLine(
        "error: formatting \(source.path) would change its model (a bug in fmt); left as it is")
      return nil
    }
    return bytes
  }

  /// Loads `source` from memory, with its includes read from inside the include root.
  private func load(_ source: SourceFile) -> LoadedModel {
    let root = IncludeRoot(model: source.path, override: input.includeRoot)
    var loader = ModelLoader(
      vocabulary: catalogue.vocabulary, read: root.read, identify: FileReader.identity)
    return loader.load(source)
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
