import Testing

struct ResolverDiagnosticTests {
  @Test func unknownKindSuggestsTheClosest() {
    expectDiagnostics("↓sensr a\n", [("DFD201", "unknown element kind 'sensr'")])
    #expect(load("sensr a").diagnostics.first?.suggestion == "sensor")
  }

  @Test func unknownElementPointsAtTheCandidate() {
    let text = "service api\ndatabase db\napi -> ↓dbb \"SELECT orders\"\napi -> db"
    expectDiagnostics(text, [("DFD202", "unknown element 'dbb'")])
    let diagnostic = load(MarkedSource(text).text).diagnostics.first
    #expect(diagnostic?.notes.first?.message == "did you mean 'db'?")
    #expect(diagnostic?.notes.first?.range?.start == 21)
  }

  @Test func duplicateIdentifier() {
    expectDiagnostics(
      "sensor a\ngateway ↓a\ndata ↓a\nsensor b\na -> b",
      [("DFD203", "duplicate identifier 'a'"), ("DFD203", "duplicate identifier 'a'")])
  }

  @Test func flowEndsMustBeElements() {
    expectDiagnostics(
      "data d\nboundary z {\n sensor a\n}\n↓z -> a\na -> ↓d",
      [
        ("DFD204", "a flow must connect elements, but 'z' is a boundary"),
        ("DFD204", "a flow must connect elements, but 'd' is a data asset"),
      ], ignoring: ["DFD402"])
  }

  @Test func dataMustNameDataAssets() {
    expectDiagnostics(
      "sensor a\nsensor b\ndata readings\na -> b [data: [↓b, ↓readingz, readings]]",
      [
        ("DFD205", "'b' is a sensor, not a data asset"),
        ("DFD205", "unknown data asset 'readingz'"),
      ])
  }

  @Test func threatTargets() {
    expectDiagnostics(
      "sensor a\nsensor b\ndata d\na -> b \"x\"\na -> b \"y\"\nthreat T on ↓a->b\nthreat T on ↓d\nthreat T on ↓aa\nthreat T on a->b:x\nthreat T on b",
      [
        ("DFD206", "threat target 'a->b' is not an element, boundary or flow of this model"),
        ("DFD206", "threat target 'd' is not an element, boundary or flow of this model"),
        ("DFD206", "threat target 'aa' is not an element, boundary or flow of this model"),
      ])
  }

  @Test func ambiguousFlows() {
    expectDiagnostics(
      "sensor a\nsensor b\na -> b \"Read\"\n↓a -> b \"read!\"\n↓a -> b",
      [
        ("DFD207", "two flows would both be identified as 'a->b:read'"),
        ("DFD209", "3 unnamed flows go 'a->b'; this one needs a name or a label"),
      ])
  }

  @Test func modelTwice() {
    expectDiagnostics(
      "model \"a\"\n↓model \"b\"", [("DFD208", "'model' is declared more than once")])
  }

  @Test func attributeValues() {
    expectDiagnostics(
      """
      sensor a [exposure: ↓private, ↓mfa, ↓firmware-signd, ↓protocol: https]
      sensor b [safety-critical: ↓"very", ↓exposure]
      a -> b [encrypted, protocol: ↓snmp, ↓protocol: https, tls: ↓"yes", data: []]
      data d [classification: ↓secret]
      threat X on a [status: ↓sorted, stride: [tampering, ↓spooofing]]
      """,
      [
        ("DFD302", "'private' is not a valid value of 'exposure'"),
        ("DFD304", "attribute 'mfa' does not apply to devices"),
        ("DFD303", "unknown element attribute 'firmware-signd'"),
        ("DFD304", "attribute 'protocol' does not apply to elements"),
        ("DFD301", "attribute 'safety-critical' must be true or false, found a string"),
        ("DFD301", "attribute 'exposure' needs a value"),
        ("DFD305", "unknown protocol 'snmp'"),
        ("DFD306", "attribute 'protocol' is stated twice; the last one counts"),
        ("DFD301", "attribute 'tls' must be true or false, found a string"),
        ("DFD302", "'secret' is not a valid value of 'classification'"),
        ("DFD302", "'sorted' is not a valid value of 'status'"),
        ("DFD302", "'spooofing' is not a valid value of 'stride'"),
      ])
  }

  /// Category names in messages use the vocabulary's plurals, not `title + "s"` (issue 12).
  @Test func categoryPluralsInMessages() throws {
    let model = load("database db [mfa]\nservice a\na -> db")
    let warning = try #require(model.diagnostics.first { $0.code == "DFD304" })
    #expect(warning.message == "attribute 'mfa' does not apply to data stores")
    #expect(warning.label == "applies to external entities, processes")
  }

  /// An unknown kind no longer hides the other mistakes on its line (issue 12).
  @Test func unknownKindKeepsItsAttributeDiagnostics() {
    expectDiagnostics(
      "↓sensr s [↓tls: yes, ↓bogus]\nservice a\nservice b\na -> b",
      [
        ("DFD201", "unknown element kind 'sensr'"),
        ("DFD304", "attribute 'tls' does not apply to elements"),
        ("DFD303", "unknown element attribute 'bogus'"),
      ])
  }

  /// Flows dropped by an error do not make their known ends "have no flows" (issue 12).
  @Test func droppedFlowsDoNotCauseNoFlowsWarnings() {
    expectDiagnostics(
      "service api\ndatabase db\nservice c\nsensr s\n↓apii -> db\nc -> ↓nosuch\ns -> c",
      [("DFD202", "unknown element 'apii'"), ("DFD202", "unknown element 'nosuch'")],
      ignoring: ["DFD201"])
  }

  /// Enumerations and truth values suggest the value that was probably meant (issue 12).
  @Test func valuesSuggestTheLikelyOne() throws {
    let model = load(
      "data d [classification: pubic]\nservice a\nservice b\n"
        + "a -> b [tls: yes, encrypted: \"off\", data: [d]]\nb -> a [tls: maybe]")
    let suggestions = model.diagnostics.filter(\.isError).map(\.suggestion)
    #expect(suggestions == ["public", "true", "false", nil])
    let notes = model.diagnostics.filter(\.isError).map { $0.notes.first?.message }
    #expect(
      notes.prefix(3) == [
        "did you mean 'public'?", "did you mean 'true'?", "did you mean 'false'?",
      ])
  }

  @Test func structureWarnings() {
    expectDiagnostics(
      "sensor a\ndatabase db\nlog l\nuser u\nboundary ↓empty {\n}\nsensor ↓lonely\n↓a -> a\n↓db -> l\n↓u -> db\na -> db",
      [
        ("DFD403", "boundary 'empty' is empty"),
        ("DFD402", "'lonely' has no flows"),
        ("DFD401", "flow from 'a' to itself"),
        ("DFD404", "data store 'db' is connected directly to data store 'l'"),
        ("DFD404", "external entity 'u' is connected directly to data store 'db'"),
      ])
  }

  @Test func includes() {
    let cycle = load(
      "include \"sub/b.dfd\"\nsensor a\nsensor b\na -> b",
      files: ["sub/b.dfd": "include \"../main.dfd\"\ninclude \"missing.dfd\"\n"])
    let messages = cycle.diagnostics.map { "\($0.range.file) \($0.code) \($0.message)" }
    #expect(
      messages == [
        "sub/b.dfd DFD503 include cycle: main.dfd -> sub/b.dfd -> main.dfd",
        "sub/b.dfd DFD501 cannot read included file 'sub/missing.dfd': no such file",
      ])
  }

  @Test func unreadableFile() {
    let model = ModelLoaderTests.loadMissing()
    #expect(model.diagnostics.map(\.code) == ["DFD501"])
    #expect(model.resolved == nil)
  }
}
