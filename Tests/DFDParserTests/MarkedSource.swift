import DFDModel
import DFDParser
import Testing
import ThreatEngine

/// Source text with `↓` markers: each marks where a diagnostic must start.
struct MarkedSource {
  var text: String
  var markers: [Int]

  init(_ marked: String) {
    var bytes: [UInt8] = []
    var markers: [Int] = []
    for character in marked {
      if character == "↓" {
        markers.append(bytes.count)
      } else {
        bytes.append(contentsOf: Array(String(character).utf8))
      }
    }
    self.text = String(decoding: bytes, as: UTF8.self)
    self.markers = markers
  }
}

/// Loads `source` as `main.dfd` (and `files` as other files) with the built-in vocabulary.
func load(_ source: String, files: [String: String] = [:]) -> LoadedModel {
  loadBytes(Array(source.utf8), files: files)
}

/// Loads raw bytes as `main.dfd`.
func loadBytes(_ source: [UInt8], files: [String: String] = [:]) -> LoadedModel {
  var all = files.mapValues { Array($0.utf8) }
  all["main.dfd"] = source
  return ModelLoader.load("main.dfd", vocabulary: Catalogue.builtIn.vocabulary) { path in
    guard let text = all[path] else { throw FileReadError("no such file") }
    return text
  }
}

/// Expects exactly the diagnostics listed, one per `↓` marker in order, each as (code, message).
func expectDiagnostics(
  _ marked: String, _ expected: [(String, String)], ignoring: Set<String> = [],
  sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
  let source = MarkedSource(marked)
  let found = load(source.text).diagnostics.filter {
    $0.range.file == "main.dfd" && !ignoring.contains($0.code)
  }
  #expect(
    source.markers.count == expected.count, "markers and expectations differ in number",
    sourceLocation: sourceLocation)
  let actual = found.map { "\($0.range.start) \($0.code) \($0.message)" }
  let wanted = zip(source.markers, expected).map { "\($0) \($1.0) \($1.1)" }
  #expect(actual == wanted, sourceLocation: sourceLocation)
}
