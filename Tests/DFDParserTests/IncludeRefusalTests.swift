import DFDModel
import DFDParser
import Diagnostics
import Testing
import ThreatEngine

/// Includes that are refused say so once, at the `include`, and never show the refused file's
/// contents (issue 12: `include "/etc/passwd"` printed its lines in diagnostics).
struct IncludeRefusalTests {
  static let secret = "hunter2"

  /// Every diagnostic's text, notes and excerpt source as one string, to search for the secret.
  func everything(_ model: LoadedModel) -> String {
    let rendered = DiagnosticRenderer(files: model.sources, colors: false)
      .render(model.diagnostics)
    let notes = model.diagnostics.flatMap(\.notes).map(\.message)
    return ([rendered] + notes + model.diagnostics.compactMap(\.label)).joined(separator: "\n")
  }

  @Test func absolutePathIsRefusedWithoutReading() throws {
    var reads: [String] = []
    let model = ModelLoader.load("main.dfd", vocabulary: Catalogue.builtIn.vocabulary) { path in
      reads.append(path)
      if path == "main.dfd" { return Array("include \"/etc/passwd\"\nservice a\n".utf8) }
      return Array("root:x:0:0:\(Self.secret)".utf8)
    }
    #expect(reads == ["main.dfd"])
    let error = try #require(model.diagnostics.first)
    #expect(error.code == "DFD506")
    #expect(error.message == "include path '/etc/passwd' is absolute")
    #expect(error.range.start == 8)
  }

  @Test func readerRefusalOutsideTheRootIsReportedAtTheInclude() throws {
    let model = ModelLoader.load("m/main.dfd", vocabulary: Catalogue.builtIn.vocabulary) { path in
      switch path {
      case "m/main.dfd": return Array("service a\ninclude \"../id_rsa\"\n".utf8)
      default: throw IncludeOutsideRoot(root: "/repo")
      }
    }
    let error = try #require(model.diagnostics.first { $0.isError })
    #expect(error.code == "DFD507")
    #expect(error.message == "included file 'id_rsa' is outside the include root '/repo'")
    #expect(error.range.file == "m/main.dfd")
  }

  @Test(arguments: [
    "root:x:0:0:root:/root:/bin/bash\npassword \(secret)\n",
    "SECRET=\(secret)\n",
    "-----BEGIN OPENSSH PRIVATE KEY-----\n\(secret)\n",
    "# looks like a comment\n\n{\"token\": \"\(secret)\"}\n",
    "PATH=/usr/bin\u{0}TOKEN=\(secret)\u{0}",
  ])
  func fileThatIsNotAModelIsNotQuoted(_ contents: String) throws {
    let model = load("include \"other.dfd\"\nservice a\n", files: ["other.dfd": contents])
    let errors = model.diagnostics.filter(\.isError)
    #expect(errors.map(\.code) == ["DFD508"])
    #expect(errors.first?.range.file == "main.dfd")
    #expect(!model.files.map(\.path).contains("other.dfd"))
    #expect(!everything(model).contains(Self.secret))
  }

  @Test func includedModelWithALaterErrorIsStillAModel() {
    let model = load(
      "include \"other.dfd\"\nservice a\na -> b\n",
      files: ["other.dfd": "# shared\nservice b\nservice c %\n"])
    let error = model.diagnostics.first { $0.isError }
    #expect(error?.code == "DFD101")
    #expect(error?.range.file == "other.dfd")
  }

  @Test func refusedFileIncludedTwiceIsReportedAtEachInclude() {
    let model = load(
      "include \"a.dfd\"\ninclude \"./a.dfd\"\nservice a\n", files: ["a.dfd": "x=1\n"])
    #expect(model.diagnostics.map(\.code) == ["DFD508", "DFD508", "DFD402"])
  }
}
