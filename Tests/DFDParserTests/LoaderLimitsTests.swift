import DFDModel
import DFDParser
import Testing
import ThreatEngine

/// The loader's own bounds: include depth, total size, and one file reached by two paths.
struct LoaderLimitsTests {
  func load(_ files: [String: String], identify: ModelLoader.Identifier? = nil) -> LoadedModel {
    ModelLoader.load(
      "main.dfd", vocabulary: Catalogue.builtIn.vocabulary,
      read: { path in
        guard let text = files[path] else { throw FileReadError("no such file") }
        return Array(text.utf8)
      }, identify: identify)
  }

  @Test func includeChainsStopAtTheDepthLimit() {
    var files = ["main.dfd": "include \"f1.dfd\"\nservice s0"]
    for index in 1...100 {
      files["f\(index).dfd"] = "include \"f\(index + 1).dfd\"\nservice s\(index)"
    }
    let model = load(files)
    let deep = model.diagnostics.filter { $0.code == "DFD504" }
    #expect(deep.count == 1)
    #expect(deep.first?.range.file == "f\(ModelLoader.maximumIncludeDepth - 1).dfd")
    #expect(model.files.count == ModelLoader.maximumIncludeDepth)
  }

  @Test func oneFileThroughTwoPathsIsReadOnceAndCyclesAreFound() {
    // "link.dfd" and "main.dfd" name one file, as a symbolic link would.
    let files = ["main.dfd": "include \"link.dfd\"\nservice a", "link.dfd": "service a"]
    let model = load(files) { $0 == "link.dfd" ? "main.dfd" : $0 }
    #expect(model.diagnostics.map(\.code) == ["DFD503", "DFD402"])
    #expect(model.diagnostics.first?.message == "include cycle: main.dfd -> link.dfd")
    #expect(model.files.map(\.path) == ["main.dfd"])
  }

  @Test func theTotalSizeIsBounded() {
    let chunk = "# " + String(repeating: "x", count: 1 << 20) + "\n"
    var files: [String: String] = [:]
    var main = ""
    for index in 0..<70 {
      main += "include \"c\(index).dfd\"\n"
      files["c\(index).dfd"] = chunk
    }
    files["main.dfd"] = main
    let model = load(files)
    let refused = model.diagnostics.filter { $0.code == "DFD505" }
    #expect(!refused.isEmpty)
    #expect(model.files.map(\.bytes.count).reduce(0, +) <= ModelLoader.maximumTotalSize)
  }

  @Test func suggestionsStayWithinABudget() {
    // Every flow names an unknown element: without a budget each would be compared with all
    // 6,000 elements (36 million comparisons).
    var lines = (0..<6_000).map { "service s\($0)" }
    lines += (0..<6_000).map { "s\($0) -> x\($0)" }
    let model = load(["main.dfd": lines.joined(separator: "\n")])
    let unknown = model.diagnostics.filter { $0.code == "DFD202" }
    #expect(unknown.count == 6_000)
    #expect(unknown.first?.notes.isEmpty == false, "the first ones still get a suggestion")
    // The bound itself, not a timing: suggestions stop once the budget is spent.
    #expect(unknown.last?.notes.isEmpty == true, "past the budget, no suggestion")
  }
}
