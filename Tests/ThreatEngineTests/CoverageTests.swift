import DFDModel
import DFDParser
import Foundation
import Reports
import Testing
import ThreatEngine

struct CoverageTests {
  /// Loads a model file below the repository root, failing on errors.
  static func load(_ path: String) throws -> (Diagram, SourceMap) {
    let model = ModelLoader.load(path, vocabulary: Catalogue.builtIn.vocabulary) { name in
      Array(try Data(contentsOf: repositoryRoot.appendingPathComponent(name)))
    }
    let resolved = try #require(model.resolved)
    #expect(!model.hasErrors, "\(path) has errors")
    return (resolved.diagram, resolved.sourceMap)
  }

  @Test func everyRuleFiresInTheCoverageModel() throws {
    let (diagram, _) = try Self.load("Tests/ThreatEngineTests/Fixtures/coverage.dfd")
    let fired = Set(Analyzer(catalogue: .builtIn).analyze(diagram).findings.map(\.rule))
    let missing = Catalogue.builtIn.rules.map(\.id).filter { !fired.contains($0) }
    #expect(missing.isEmpty, "rules that never fire: \(missing)")
    #expect(fired.count == Catalogue.builtIn.rules.count)
  }

  static let samples: [String] = {
    let folder = repositoryRoot.appendingPathComponent("samples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".dfd") }.sorted().map { "samples/\($0)" }
      + ["samples/include-demo/main.dfd"]
  }()

  @Test func thereAreSamples() {
    #expect(Self.samples.count >= 4)
  }

  @Test(arguments: samples)
  func sampleFindingsMatchGolden(_ path: String) throws {
    let (diagram, sourceMap) = try Self.load(path)
    let analyzer = Analyzer(catalogue: .builtIn)
    let json = FindingsJSON(
      modelPath: path, catalogue: .builtIn, sourceMap: sourceMap,
      attackPaths: analyzer.attackPaths(diagram)
    ).render(analyzer.analyze(diagram).findings, of: diagram)
    let name = path.dropFirst("samples/".count).replacingOccurrences(of: "/", with: "-")
    try expectGolden(json, "Tests/ThreatEngineTests/Fixtures/findings/\(name).json")
  }
}
