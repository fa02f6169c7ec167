import Foundation
import Testing

/// No message can reach the terminal unescaped: only `Terminal` writes to standard error.
/// (The messages themselves, escaped: PipelineTests.CatalogueSafetyTests.)
struct CatalogueMessageEscapingTests {
  /// Structurally: only `Terminal` writes to standard error, so no message can bypass its
  /// escaping; the pipeline never prints at all.
  @Test(arguments: ["scp-dfd", "Pipeline"])
  func onlyTerminalWritesToStandardError(_ target: String) throws {
    let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("../../Sources/\(target)").standardized
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
    var writers: [String] = []
    for case let file as String in files where file.hasSuffix(".swift") {
      // A child process's standard error (`diff REV:path` captures git's) is not ours.
      let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
        .replacing("process.standardError = ", with: "")
      if file != "Terminal.swift",
        text.contains("standardError") || text.contains("STDERR_FILENO") || text.contains("fputs")
      {
        writers.append(file)
      }
    }
    #expect(writers.isEmpty, "write to standard error through Terminal: \(writers)")
  }
}
