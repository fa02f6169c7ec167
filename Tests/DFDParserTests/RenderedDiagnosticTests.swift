import DFDParser
import Diagnostics
import Foundation
import Testing

struct RenderedDiagnosticTests {
  static let fixtures = ["unknown-element", "syntax-errors", "long-line", "new-user"]

  @Test(arguments: fixtures)
  func diagnosticsMatchGolden(_ name: String) throws {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/\(name)")
    var input = try String(contentsOf: folder.appendingPathComponent("input.dfd"), encoding: .utf8)
    if name == "long-line" {
      input =
        "service a \"" + String(repeating: "x", count: 5000) + "\" [\tbad-attr]\nservice b\na -> b"
    }
    let model = load(input)
    let text = DiagnosticRenderer(files: model.sources).render(model.diagnostics)
    try expectGolden(text, "\(name)/expected.diagnostics.txt")
  }

  @Test func rendersTheStyleExample() {
    let source = SourceFile(
      path: "payments.dfd",
      text: "\n\nservice db\n\n\nservice api\nflow api -> dbb \"SELECT orders\"\n")
    let diagnostic = Diagnostic(
      .error, "DFD202", "unknown element 'dbb'",
      at: SourceRange(file: "payments.dfd", start: 39, end: 42),
      label: "not declared in this diagram",
      notes: [
        Diagnostic.Note(
          "did you mean 'db'?", range: SourceRange(file: "payments.dfd", start: 10, end: 12))
      ])
    let text = DiagnosticRenderer(files: ["payments.dfd": source]).render(diagnostic)
    #expect(
      text == """
        payments.dfd:7:13: error[DFD202]: unknown element 'dbb'
          |
        7 | flow api -> dbb "SELECT orders"
          |             ^^^ not declared in this diagram
          = note: did you mean 'db'? (declared at 3:9)

        """)
    let colored = DiagnosticRenderer(files: ["payments.dfd": source], colors: true).render(
      diagnostic)
    #expect(colored.contains("\u{1B}[") && !text.contains("\u{1B}["))
  }

  @Test func capsDiagnosticsPerFile() {
    let model = load(String(repeating: "%\n", count: 130))
    let text = DiagnosticRenderer(files: model.sources).render(model.diagnostics)
    #expect(text.hasSuffix("main.dfd: and 30 more diagnostics\n"))
    #expect(text.components(separatedBy: "error[DFD101]").count == 101)
  }
}
