import Foundation
import Testing

struct DiagnosticsDocTests {
  /// Every code written in the parser's sources is documented in docs/diagnostics.md.
  @Test func everyCodeIsDocumented() throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let docs = try String(
      contentsOf: root.appendingPathComponent("docs/diagnostics.md"), encoding: .utf8)
    let sources = root.appendingPathComponent("Sources/DFDParser")
    var codes = Set<String>()
    for name in try FileManager.default.contentsOfDirectory(atPath: sources.path) where name.hasSuffix(".swift") {
      let text = try String(contentsOf: sources.appendingPathComponent(name), encoding: .utf8)
      for match in text.matches(of: /"(DFD\d{3})"/) { codes.insert(String(match.1)) }
    }
    #expect(codes.count >= 30)
    for code in codes.sorted() {
      #expect(docs.contains("| \(code) |"), "\(code) is not in docs/diagnostics.md")
    }
  }
}
