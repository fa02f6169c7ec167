import DFDLayout
import DFDModel
import DFDParser
import Foundation
import Testing
import ThreatEngine

/// DOT goldens for every sample model: the exact text handed to Graphviz.
struct SampleGoldenTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static let samples: [String] = {
    let folder = root.appendingPathComponent("samples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".dfd") }.map { String($0.dropLast(4)) }.sorted()
  }()

  static func diagram(_ name: String) throws -> Diagram {
    let path = root.appendingPathComponent("samples/\(name).dfd").path
    let model = ModelLoader.load(path, vocabulary: Catalogue.builtIn.vocabulary) {
      Array(try Data(contentsOf: URL(fileURLWithPath: $0)))
    }
    #expect(!model.hasErrors)
    return try #require(model.resolved?.diagram)
  }

  @Test func everySampleHasAGolden() {
    #expect(Self.samples.count >= 3)
  }

  @Test(arguments: samples)
  func sampleDOTMatchesGolden(_ name: String) throws {
    let diagram = try Self.diagram(name)
    let writer = DOTWriter(options: DiagramOptions(name: name))
    try expectGolden(
      writer.write(diagram, facts: EngineFacts.of(diagram)), "samples/\(name).dot")
  }

  @Test(arguments: samples)
  func sampleLaysOutCleanly(_ name: String) throws {
    let diagram = try Self.diagram(name)
    let rendering = try DiagramRenderer().render(
      diagram, facts: EngineFacts.of(diagram), as: .svg)
    #expect(!rendering.isDegraded)
    #expect(rendering.messages.isEmpty)
    let svg = try SVGDocument(rendering.data)
    #expect(svg.groups.filter { $0.classes.contains("element") }.count == diagram.elements.count)
    #expect(
      svg.groups.filter { $0.classes.contains("trust-boundary") }.count == diagram.boundaries.count)
    #expect(svg.groups.filter { $0.classes.contains("flow") }.count == diagram.drawnFlows.count)
  }
}
