import DFDModel
import DFDParser
import Testing
import ThreatEngine

struct ModelLoaderTests {
  static func loadMissing() -> LoadedModel {
    ModelLoader.load("nope.dfd", vocabulary: Catalogue.builtIn.vocabulary) { _ in
      throw FileReadError("no such file")
    }
  }

  @Test func buildsTheLanguageExample() throws {
    let model = load(Example.lighting)
    #expect(model.diagnostics.map(\.code) == ["DFD402"])
    let diagram = try #require(model.resolved?.diagram)
    #expect(diagram.info.title == "Anytown smart street lighting")
    #expect(diagram.info.version == "1.2")
    #expect(
      diagram.elements.map(\.id) == ["operator", "met-office", "aq", "lamp", "gw", "cms", "tdb"])
    #expect(diagram.element("aq")?.boundary == "street")
    #expect(diagram.element("aq")?.category == .device)
    #expect(diagram.element("tdb")?.boundary == "restricted")
    #expect(diagram.boundary("restricted")?.parent == "vendor")
    #expect(diagram.element("operator")?.attributes.bool("mfa") == true)
    #expect(
      diagram.flows.map(\.id) == [
        "aq->gw", "gw->cms", "cms->tdb", "uplink2", "operator->cms", "cms->operator",
      ])
    let forward = try #require(diagram.flow("operator->cms"))
    #expect(forward.direction == .forward && forward.pair == "cms->operator")
    #expect(diagram.flow("cms->operator")?.direction == .reverse)
    #expect(diagram.flow("cms->operator")?.attributes == forward.attributes)
    #expect(diagram.flow("aq->gw")?.data == ["readings"])
    #expect(diagram.flow("aq->gw")?.attributes["protocol"] == .symbol("lorawan"))
    #expect(diagram.dataAsset("schedule")?.attributes["safety"] == .bool(true))
    #expect(diagram.triage.map(\.findingID) == ["SCP-T-003@aq->gw", "LOCAL-1@cms"])
    #expect(diagram.triage.first?.status == .mitigated)
    #expect(diagram.triage.last?.stride == [.tampering] && diagram.triage.last?.severity == .high)
    let map = try #require(model.resolved?.sourceMap)
    #expect(
      map["aq"]
        == SourceLocation(file: "main.dfd", line: 11, column: 10, endLine: 11, endColumn: 12))
    #expect(map["cms->operator"]?.line == 27)
    #expect(map.triage.map(\.line) == [29, 30])
    #expect(map.model?.line == 2)
  }

  @Test func flowIdentifierRules() throws {
    let model = load(
      """
      service a
      service b
      a -> b "Read data"
      a -> b "Write data"
      b -> a "Ack"
      x: a <-> b "Sync"
      b <-> a "Poll"
      """)
    #expect(model.diagnostics.isEmpty)
    let ids = try #require(model.resolved?.diagram.flows.map(\.id))
    #expect(
      ids == [
        "a->b:read-data", "a->b:write-data", "b->a:ack", "x", "x-reverse", "b->a:poll", "a->b:poll",
      ])
  }

  @Test func unlabelledFlowsNeedNamesWhenAmbiguous() {
    let model = load("service a\nservice b\na -> b\nb <-> a")
    #expect(model.diagnostics.map(\.code) == ["DFD209", "DFD209"])
  }

  @Test func includesComeFirstAndAreReadOnce() throws {
    var reads: [String] = []
    let files = [
      "dir/main.dfd": "include \"common.dfd\"\ninclude \"./common.dfd\"\nservice api\napi -> db",
      "dir/common.dfd": "database db",
    ]
    let model = ModelLoader.load("dir/main.dfd", vocabulary: Catalogue.builtIn.vocabulary) { path in
      reads.append(path)
      guard let text = files[path] else { throw FileReadError("no such file") }
      return Array(text.utf8)
    }
    #expect(model.diagnostics.isEmpty)
    #expect(reads == ["dir/main.dfd", "dir/common.dfd"])
    #expect(model.resolved?.diagram.elements.map(\.id) == ["db", "api"])
    #expect(model.resolved?.sourceMap["db"]?.file == "dir/common.dfd")
  }

  @Test func stringsAndNumbers() throws {
    let model = load(
      "sensor a \"Tab\\there \\u{1F6A6} \\\"q\\\"\" [retention-days: 30]\n"
        + "sensor b \"\"\"\n    First\n      Second\n    \"\"\"; a -> b; b -> a [flow-note]")
    let diagram = try #require(model.resolved?.diagram)
    #expect(diagram.element("a")?.label == "Tab\there 🚦 \"q\"")
    #expect(diagram.element("b")?.label == "First\n  Second")
    #expect(model.diagnostics.map(\.code) == ["DFD304", "DFD303"])
  }

  @Test func everyCatalogueKindAndAttributeIsAccepted() {
    let vocabulary = Catalogue.builtIn.vocabulary
    var lines: [String] = []
    for (index, kind) in vocabulary.kinds.keys.sorted().enumerated() {
      let category = vocabulary.kinds[kind]?.category
      let attributes = (vocabulary.attributes[.element] ?? [:]).values
        .filter { $0.appliesTo.isEmpty || category.map($0.appliesTo.contains) == true }
        .map { sampleValue($0) }.sorted()
      lines.append("\(kind) e\(index) [\(attributes.joined(separator: ", "))]")
      lines.append("e\(index) -> e\(index == 0 ? 1 : 0) \"f\(index)\"")
    }
    let flowAttributes = (vocabulary.attributes[.flow] ?? [:]).values.map(sampleValue).sorted()
    let dataAttributes = (vocabulary.attributes[.data] ?? [:]).values.map(sampleValue).sorted()
    let boundaryAttributes = (vocabulary.attributes[.boundary] ?? [:]).values.map(sampleValue)
      .sorted()
    lines.append("data d [\(dataAttributes.joined(separator: ", "))]")
    lines.append("x: e0 -> e1 [\(flowAttributes.joined(separator: ", "))]")
    lines.append(
      "boundary z [\(boundaryAttributes.joined(separator: ", "))] {\n service inner\n}\ninner -> e0"
    )
    let model = load(lines.joined(separator: "\n"))
    #expect(model.diagnostics.filter { $0.code != "DFD404" }.map(\.message) == [])
  }

  private func sampleValue(_ definition: AttributeDefinition) -> String {
    switch definition.type {
    case .bool: return definition.name
    case .number: return "\(definition.name): 3"
    case .string: return "\(definition.name): \"text\""
    case .symbol: return "\(definition.name): https"
    case .enumeration(let values): return "\(definition.name): \(values[0])"
    case .dataReference, .list(.dataReference): return "\(definition.name): [d]"
    case .list: return "\(definition.name): [\"a\"]"
    }
  }
}
