import Foundation
import Testing

/// A hostile catalogue or template cannot write escape sequences, C1 controls or bidirectional
/// overrides to the terminal through any error message, whichever stage made it.
struct CatalogueMessageEscapingTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scp-dfd-msg-\(UUID())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  /// A threat with `fields` (YAML lines, double-quoted escapes allowed) after its id.
  static func threat(id: String = "U-1", _ fields: String) -> String {
    "threats:\n  - id: \(id)\n" + fields
  }

  static let complete = """
        title: "t"
        stride: [tampering]
        target: element

    """

  /// One catalogue per kind of message: a value quoted back, a rule id, a field name, a
  /// condition error, Yams' own errors (duplicate keys, control characters in the text).
  static let catalogues: [(name: String, yaml: String)] = [
    (
      "severity",
      threat(complete + "    severity: \"\\e[2J\\e[H\\nAll checks passed \\x9B \\u202E \\a\"\n")
    ),
    ("rule id", threat(id: "\"U\\e]0;pwned\\a\\u202E\"", complete + "    severity: low\n")),
    ("field name", threat("    \"\\e[2Jx\\x9B\\u2066\": 1\n")),
    ("condition", threat(complete + "    when: \"element is \\e[2J\\u202E\"\n    severity: low\n")),
    ("duplicate keys", "\"\\e[2J\\u202E\": 1\n\"\\e[2J\\u202E\": 2\n"),
    ("control bytes", "kinds: {a: \u{1B}[2J\u{7}}\n"),
    ("kind category", "kinds:\n  k: {category: \"\\e[2J\\u202E\"}\n"),
  ]

  static func expectNoControls(_ text: String, _ what: String) {
    #expect(!text.contains("\u{1B}"), "\(what) carries ESC: \(text)")
    for scalar: Unicode.Scalar in ["\u{7}", "\u{9B}", "\u{202E}", "\u{2066}"] {
      #expect(!text.unicodeScalars.contains(scalar), "\(what) carries U+\(scalar.value)")
    }
  }

  @Test(arguments: catalogues.map(\.name))
  func loadErrorsAreEscaped(_ name: String) throws {
    let yaml = try #require(Self.catalogues.first { $0.name == name }).yaml
    try yaml.write(to: folder.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
    for arguments in [
      ["catalogue", "check", "c.yaml"], ["catalogue", "list", "--catalogue", "c.yaml"],
    ] {
      let result = try Binary.run(arguments, in: folder)
      #expect(result.status == 2, "\(name): \(result.stdout) \(result.stderr)")
      #expect(result.stderr.hasPrefix("c.yaml:"), "\(name): \(result.stderr)")
      // One diagnostic: `file:line:col: error[DFD7xx]: …`, the gutter, the line, the caret.
      let lines = result.stderr.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == 5 && lines[4].isEmpty, "one diagnostic: \(result.stderr)")
      #expect(lines[0].contains(": error[DFD70"), "\(name): \(result.stderr)")
      #expect(lines.dropFirst().dropLast().allSatisfy { $0.contains("|") }, "\(result.stderr)")
      Self.expectNoControls(result.stdout + result.stderr, "\(name) \(arguments)")
    }
  }

  @Test func templateErrorsAreEscaped() throws {
    try "sensor kiosk \"Kiosk\"\n".write(
      to: folder.appendingPathComponent("m.dfd"), atomically: true, encoding: .utf8)
    try "{{#a}}\u{1B}[2J\u{202E}{{/b\u{1B}]0;x\u{7}}}".write(
      to: folder.appendingPathComponent("t.mustache"), atomically: true, encoding: .utf8)
    let result = try Binary.run(
      ["report", "m.dfd", "--template", "t.mustache", "--format", "markdown"], in: folder)
    #expect(result.status == 2)
    Self.expectNoControls(result.stdout + result.stderr, "template error")
  }

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
