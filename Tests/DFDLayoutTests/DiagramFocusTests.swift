import DFDLayout
import DFDModel
import Testing

struct DiagramFocusTests {
  let diagram = SampleDiagrams.streetLighting

  @Test func elementFocusKeepsItsNeighbourhood() throws {
    let focus = try #require(diagram.focused(on: "tdb"))
    #expect(focus.elements.map(\.id) == ["cms", "tdb"])
    #expect(focus.boundaries.map(\.id) == ["vendor", "restricted"])
    #expect(focus.flows.map(\.id) == ["cms->tdb"])
    let wider = try #require(diagram.focused(on: "tdb", depth: 2))
    #expect(wider.elements.map(\.id) == ["operator", "met-office", "lamp", "gw", "cms", "tdb"])
    #expect(wider.flows.count == 6)  // both halves of the two-way flow
  }

  @Test func boundaryFocusKeepsContentsAndDirectNeighbours() throws {
    let focus = try #require(diagram.focused(on: "street"))
    #expect(focus.elements.map(\.id) == ["aq", "lamp", "gw", "cms"])
    #expect(focus.boundaries.map(\.id) == ["street", "vendor"])
    let empty = try #require(diagram.focused(on: "spare", depth: 3))
    #expect(empty.elements.isEmpty)
    #expect(empty.boundaries.map(\.id) == ["spare"])
  }

  @Test func unknownFocusIsNil() {
    #expect(diagram.focused(on: "nope") == nil)
  }
}
