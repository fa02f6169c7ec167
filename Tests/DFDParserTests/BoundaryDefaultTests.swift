import DFDModel
import Testing

struct BoundaryDefaultTests {
  /// Element attributes on a boundary were DFD304 before boundary defaults (issue 15).
  @Test func elementAttributesAreDefaultsOnABoundary() throws {
    let model = load(
      """
      boundary cloud [type: cloud, owner: "Acme", data-location: uk, vendor-managed] {
        service cms
        boundary inner [data-location: eea] {
          service api
        }
      }
      cms -> api
      """)
    #expect(model.diagnostics.isEmpty)
    let diagram = try #require(model.resolved?.diagram)
    let cloud = try #require(diagram.boundaries.first { $0.id == "cloud" })
    #expect(cloud.attributes.text("data-location") == "uk")
    #expect(cloud.attributes.bool("vendor-managed") == true)
    // Stored on the boundary only: the engine inherits them, with their provenance.
    #expect(diagram.elements.allSatisfy { $0.attributes.isEmpty })
  }

  @Test func defaultThatDoesNotApplyInsideWarnsAtTheBoundaryAttribute() {
    expectDiagnostics(
      """
      boundary cloud [↓default-credentials, ↓data-location: uk] {
        service cms
        database db
        camera cam
        database kept [data-location: uk]
      }
      cms -> db
      cms -> cam
      cms -> kept
      """,
      [
        (
          "DFD308",
          "boundary default 'default-credentials' on 'cloud' does not apply to 'db', 'kept' inside it"
        ),
        ("DFD308", "boundary default 'data-location' on 'cloud' does not apply to 'cam' inside it"),
      ])
  }

  @Test func aNearerBoundaryOrTheElementItselfSilencesTheWarning() {
    expectDiagnostics(
      """
      boundary cloud [default-credentials: false] {
        service cms
        database db [↓default-credentials: false]
        boundary inner [↓default-credentials: true] {
          database db2
        }
      }
      cms -> db
      cms -> db2
      """,
      [
        ("DFD304", "attribute 'default-credentials' does not apply to data stores"),
        (
          "DFD308",
          "boundary default 'default-credentials' on 'inner' does not apply to 'db2' inside it"
        ),
      ])
  }

  @Test func badDefaultsAreStillChecked() {
    expectDiagnostics(
      "boundary cloud [data-location: ↓mars, ↓firmware-signd, ↓count: 4] {\n  service cms\n}",
      [
        ("DFD302", "'mars' is not a valid value of 'data-location'"),
        ("DFD303", "unknown boundary attribute 'firmware-signd'"),
        ("DFD304", "attribute 'count' does not apply to boundaries"),
      ], ignoring: ["DFD402"])
  }
}
