import Foundation
import Testing

// Spawns the binary: only `Terminal` (the CLI) writes to standard output and error.
/// Escape sequences and bidirectional overrides in model or catalogue text never reach a
/// terminal: not in diagnostics, the findings table, catalogue listings or Graphviz warnings.
struct TerminalInjectionTests {
  @Test func controlCharactersInTextOutputsAreMadeVisible() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-esc-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let model = #"""
      service api "A \u{1B}]0;pwned\u{7} \u{202E}x \u{9B}31m"
      user u "U"
      u -> api "login \u{1B}[31m" [protocol: http]
      """#
    try model.write(to: folder.appendingPathComponent("esc.dfd"), atomically: true, encoding: .utf8)
    let catalogue =
      "threats:\n  - id: U-1\n    title: \"Evil \\e[2J title\"\n    stride: [tampering]\n"
      + "    target: element\n    when: \"true\"\n    severity: low\n"
    try catalogue.write(
      to: folder.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
    for arguments in [
      ["threats", "esc.dfd"], ["threats", "esc.dfd", "--format", "csv"],
      ["threats", "esc.dfd", "--format", "markdown"], ["check", "esc.dfd", "--warnings-as-errors"],
      ["catalogue", "list", "--catalogue", "c.yaml"],
      ["catalogue", "show", "U-1", "--catalogue", "c.yaml"],
    ] {
      let result = try Binary.run(arguments, in: folder, environment: ["NO_COLOR": "1"])
      for (name, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
        #expect(!text.contains("\u{1B}"), "\(arguments) \(name) carries ESC")
        #expect(
          !text.contains("\u{7}") && !text.contains("\u{9B}") && !text.contains("\u{202E}"),
          "\(arguments) \(name) carries a control character")
      }
    }
  }

  /// The argument parser's errors quote the arguments; they reach the terminal escaped too.
  @Test func controlCharactersInArgumentsAreMadeVisible() throws {
    for arguments in [
      ["\u{1B}[31mx"], ["rend\u{1B}[2Jr"], ["render", "m.dfd", "--page", "a\u{1B}]0;t\u{7}"],
    ] {
      let result = try Binary.run(arguments)
      #expect(result.status == 64 || result.status == 2, "\(arguments)")
      #expect(!result.stderr.isEmpty)
      #expect(!result.stderr.contains("\u{1B}") && !result.stderr.contains("\u{7}"), "\(arguments)")
    }
  }
}
