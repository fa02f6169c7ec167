import DFDModel
import Testing

struct BulkTriageSyntaxTests {
  let header = "boundary street {\n  camera cam\n}\nservice cms\ncam -> cms\n"

  @Test func bulkTargetsResolveToSelectors() throws {
    let model = load(
      header
        + "threat R on * [status: accepted]\nthreat R on boundary street\nthreat R on kind camera\nthreat R on cam"
    )
    #expect(model.diagnostics.isEmpty)
    let triage = try #require(model.resolved?.diagram.triage)
    #expect(triage.map(\.selector) == [.all, .boundary("street"), .kind("camera"), .target("cam")])
    #expect(triage.map(\.target) == ["*", "boundary street", "kind camera", "cam"])
    #expect(triage[0].status == .accepted)
  }

  @Test func unknownBoundaryOrKindSuggests() {
    expectDiagnostics(
      header
        + "threat R on boundary ↓stret\nthreat R on kind ↓camra\nthreat R on boundary ↓cam\nthreat R on boundary ↓model",
      [
        ("DFD206", "threat target boundary 'stret' is not in this model"),
        ("DFD206", "threat target kind 'camra' is not in this model"),
        ("DFD206", "threat target boundary 'cam' is not in this model"),
        ("DFD108", "expected a boundary, found reserved word 'model'"),
      ])
    #expect(load(header + "threat R on kind camra").diagnostics.first?.suggestion == "camera")
  }

  /// With no boundary close enough to suggest, the note lists the boundaries there are.
  @Test func unknownBoundaryWithNothingCloseListsTheBoundaries() throws {
    let model = load(
      "boundary street {\n  camera cam\n}\nboundary depot {\n  service cms\n}\n"
        + "cam -> cms\nthreat R on boundary car-park")
    let diagnostic = try #require(model.diagnostics.first)
    #expect(diagnostic.suggestion == nil)
    #expect(diagnostic.notes.map(\.message) == ["the model's boundaries: street, depot"])
  }

  /// An element called `kind` is still a target of its own.
  @Test func anElementCalledKindStaysATarget() throws {
    let model = load("service kind\nservice b\nkind -> b\nthreat R on kind")
    #expect(model.diagnostics.isEmpty)
    #expect(model.resolved?.diagram.triage.first?.selector == .target("kind"))
  }

  @Test func formatterKeepsBulkTargets() {
    let text =
      header
      + "threat R on   *\nthreat R on boundary   street [status: accepted]\nthreat R on kind  camera\n"
    FormatSupport.expectFormatKeepsModel("m.dfd", root: "m.dfd", ["m.dfd": text])
    let formatted = FormatSupport.format(text)
    #expect(formatted.contains("threat R on *\n"))
    #expect(formatted.contains("threat R on boundary street [status: accepted]\n"))
    #expect(formatted.contains("threat R on kind camera\n"))
  }
}
