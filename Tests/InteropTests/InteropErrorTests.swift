import Interop
import Testing

@Suite struct InteropErrorTests {
  func failure(_ json: String, otm: Bool = false) -> ImportError? {
    do {
      let bytes = Array(json.utf8)
      _ =
        otm
        ? try OTMImporter.importModel(bytes, context: InteropSupport.context)
        : try ThreatDragonImporter.importModel(bytes, context: InteropSupport.context)
      return nil
    } catch {
      return error
    }
  }

  @Test(arguments: [
    ("{ not json", "$", "not valid JSON"),
    ("[1, 2]", "$", "not a Threat Dragon model"),
    ("{\"summary\": {}}", "$", "missing 'detail'"),
    ("{\"version\": \"1.6\", \"detail\": {\"diagrams\": []}}", "$.version", "unsupported"),
    ("{\"detail\": {\"diagrams\": [{\"diagramJson\": {}}]}}", "$.detail.diagrams[0]", "v1"),
    (
      "{\"detail\": {\"diagrams\": [{\"cells\": [{\"id\": \"a1\", \"shape\": \"actor\", \"position\": {\"x\": \"1\", \"y\": 2}, \"size\": {\"width\": 1, \"height\": 1}}]}]}}",
      "$.detail.diagrams[0].cells[0].position.x", "expected a number, found a string"
    ),
    (
      "{\"detail\": {\"diagrams\": [{\"cells\": [{\"shape\": \"actor\"}]}]}}",
      "$.detail.diagrams[0].cells[0]", "missing 'id'"
    ),
  ])
  func malformedThreatDragonNamesThePath(json: String, path: String, message: String) throws {
    let error = try #require(failure(json))
    #expect(error.path == path)
    #expect(error.message.contains(message), "\(error)")
  }

  @Test func malformedOTMNamesThePath() throws {
    #expect(failure("{\"project\": {}}", otm: true)?.message.contains("otmVersion") == true)
    let json = """
      {"otmVersion": "0.2.0", "project": {"name": "x", "id": "x"}, "trustZones": [],
       "components": [{"id": "c", "name": "C", "type": "process", "parent": {"trustZone": "nope"}}]}
      """
    let error = try #require(failure(json, otm: true))
    #expect(error.path == "$.components[0].parent.trustZone")
  }

  @Test func messagesShowControlCharactersVisibly() throws {
    let error = try #require(
      failure("{\"version\": \"9\u{1B}[31m\u{202E}\", \"detail\": {\"diagrams\": []}}"))
    #expect(!error.description.contains("\u{1B}") && !error.description.contains("\u{202E}"))
  }
}
