import DFDParser
import Foundation
import Testing

/// The formatter on real models: every sample, and the messy golden file.
struct ModelFormatterSampleTests {
  /// Every `.dfd` file under samples/, by path relative to it.
  static let sampleFiles: [String: String] = {
    let base = FormatSupport.samples
    var files: [String: String] = [:]
    let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
    while let url = walker?.nextObject() as? URL {
      guard url.pathExtension == "dfd", let text = try? String(contentsOf: url, encoding: .utf8)
      else { continue }
      files[String(url.path.dropFirst(base.path.count + 1))] = text
    }
    return files
  }()

  /// Each sample with the model that holds it (include-demo's files belong to its main.dfd).
  static let cases: [(path: String, root: String)] = sampleFiles.keys.sorted().map { path in
    (path, path.hasPrefix("include-demo/") ? "include-demo/main.dfd" : path)
  }

  @Test func samplesAreFound() {
    #expect(Self.cases.count >= 9)
    #expect(Self.sampleFiles["include-demo/shared/identity.dfd"] != nil)
  }

  @Test(arguments: cases.map(\.path))
  func sampleKeepsItsModelAndIsIdempotent(_ path: String) {
    let root = path.hasPrefix("include-demo/") ? "include-demo/main.dfd" : path
    let formatted = FormatSupport.expectFormatKeepsModel(path, root: root, Self.sampleFiles)
    let original = Self.sampleFiles[path] ?? ""
    let comments = { (text: String) in
      text.split(separator: "\n").filter { line in
        line.trimmingPrefix(while: \.isWhitespace).hasPrefix("#")
          || line.trimmingPrefix(while: \.isWhitespace).hasPrefix("//")
      }.count
    }
    #expect(comments(formatted) == comments(original), "own-line comments kept in \(path)")
    #expect(formatted.split(separator: "\n").allSatisfy { !$0.hasSuffix(" ") })
  }

  @Test func messyFileMatchesGolden() throws {
    let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/format")
    let messy = try String(
      contentsOf: fixtures.appendingPathComponent("messy.dfd"), encoding: .utf8)
    let users = try String(
      contentsOf: fixtures.appendingPathComponent("shared/users.dfd"), encoding: .utf8)
    let files = ["messy.dfd": messy, "shared/users.dfd": users]
    let formatted = FormatSupport.expectFormatKeepsModel("messy.dfd", root: "messy.dfd", files)
    try expectGolden(formatted, "format/messy.formatted.dfd")
    #expect(FormatSupport.format(users, path: "shared/users.dfd") == users)
  }
}
