import Foundation
import Testing

struct DiagnosticsDocTests {
  /// Every code written in the sources (parser, engine, CLI) is documented in docs/diagnostics.md.
  @Test func everyCodeIsDocumented() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let docs = try String(
      contentsOf: root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
    let sources = root.appendingPathComponent("Sources")
    var codes = Set<String>()
    let files = FileManager.default.enumerator(atPath: sources.path)?.allObjects as? [String] ?? []
    for name in files where name.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
      for match in text.matches(of: /"(DFD\d{3})"/) { codes.insert(String(match.1)) }
    }
    #expect(codes.count >= 33)
    #expect(codes.contains("DFD601"))
    for code in codes.sorted() {
      #expect(docs.contains("| \(code) |"), "\(code) is not in docs/diagnostics.md")
    }
  }
}
