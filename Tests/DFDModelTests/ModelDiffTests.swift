import DFDModel
import Testing

/// `ModelDiff` matches items by identifier and says what was added, removed, moved or changed.
struct ModelDiffTests {
  static let old = DiagramTests.diagram

  @Test func identicalDiagramsHaveNoChanges() {
    #expect(ModelDiff(from: Self.old, to: Self.old).isEmpty)
  }

  @Test func addedAndRemovedItemsAreListedWithWhereTheySat() {
    var new = Diagram(
      elements: Self.old.elements.filter { $0.id != "tdb" }, boundaries: Self.old.boundaries,
      flows: Self.old.flows.filter { $0.id != "cms->tdb" })
    new.add(
      Element(id: "cam", kind: "camera", category: .device, label: "Camera", boundary: "street"))
    new.add(DataAsset(id: "video", label: "Video"))
    let diff = ModelDiff(from: Self.old, to: new)
    #expect(
      diff.entries(.added).map { "\($0.subject.rawValue) \($0.id)" } == [
        "element cam", "data video",
      ])
    #expect(
      diff.entries(.removed).map { "\($0.subject.rawValue) \($0.id)" } == [
        "element tdb", "flow cms->tdb",
      ])
    let camera = diff.entries(.added).first
    #expect(camera?.kind == "camera")
    #expect(camera?.boundary == "street")
    #expect(camera?.label == "Camera")
    #expect(diff.count(.changed) == 0)
  }

  @Test func aMoveALabelAndAttributesAreFieldChanges() throws {
    var elements = Self.old.elements
    elements[0].boundary = "vendor"
    elements[0].label = "Air quality"
    elements[0].attributes = ["encrypted": .bool(true)]
    var boundaries = Self.old.boundaries
    boundaries[2].parent = nil
    let new = Diagram(elements: elements, boundaries: boundaries, flows: Self.old.flows)
    let diff = ModelDiff(from: Self.old, to: new)
    let sensor = try #require(diff.entries.first { $0.id == "aq" })
    #expect(sensor.change == .changed)
    #expect(sensor.move == FieldChange(.boundary, old: "street", new: "vendor"))
    #expect(
      sensor.fields == [
        FieldChange(.boundary, old: "street", new: "vendor"),
        FieldChange(.label, old: nil, new: "Air quality"),
        FieldChange(.attribute("encrypted"), old: nil, new: "true"),
      ])
    let restricted = try #require(diff.entries.first { $0.id == "restricted" })
    #expect(restricted.subject == .boundary)
    #expect(restricted.fields == [FieldChange(.boundary, old: "vendor", new: nil)])
  }

  @Test func attributeChangesGiveOldAndNewValuesInDFDSyntax() {
    let old: Attributes = ["protocol": .symbol("http"), "tls": .bool(true), "note": .string("a")]
    let new: Attributes = [
      "protocol": .symbol("https"), "note": .string("a"), "port": .number(443),
    ]
    #expect(
      FieldChange.attributes(old, new) == [
        FieldChange(.attribute("protocol"), old: "http", new: "https"),
        FieldChange(.attribute("tls"), old: "true", new: nil),
        FieldChange(.attribute("port"), old: nil, new: "443"),
      ])
  }

  @Test func aTwoWayFlowCountsOnceAndItsDirectionIsAField() throws {
    var flows = Self.old.flows.filter { $0.direction != .reverse }
    flows[2].direction = .oneWay
    flows[2].pair = nil
    let new = Diagram(elements: Self.old.elements, boundaries: Self.old.boundaries, flows: flows)
    let diff = ModelDiff(from: Self.old, to: new)
    #expect(diff.entries.map(\.id) == ["operator->cms"])
    #expect(
      diff.entries.first?.fields == [FieldChange(.direction, old: "two-way", new: "one-way")])
  }

  @Test func theModelStatementsTitleAndAttributesAreCompared() {
    let old = Diagram(info: ModelInfo(title: "A", attributes: ["version": .string("1")]))
    let new = Diagram(info: ModelInfo(title: "B", attributes: ["version": .string("2")]))
    #expect(
      ModelDiff(from: old, to: new).model == [
        FieldChange(.label, old: "A", new: "B"),
        FieldChange(.attribute("version"), old: "\"1\"", new: "\"2\""),
      ])
  }
}
