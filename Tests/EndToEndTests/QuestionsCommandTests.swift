import Foundation
import Testing

/// `scp-dfd questions`: the pack as a supplier receives it, and its refusals.
struct QuestionsCommandTests {
  @Test func anOwnersPackIsWrittenAsAPageByItsExtension() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-questions-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let page = folder.appendingPathComponent("brightway.html").path
    let result = try Binary.run(
      [
        "questions", "samples/street-lighting.dfd", "--owner", "Brightway Lighting Ltd", "-o",
        page,
      ], in: Binary.root)
    #expect(result.status == 0, "\(result.stderr)")
    let html = try String(contentsOfFile: page, encoding: .utf8)
    #expect(html.contains("<h1>Questions for Brightway Lighting Ltd: "))
    #expect(!html.contains("Questions for Northbridge Borough Council"))
    #expect(html.contains("<th class=\"answer\">Answer</th>"))
    #expect(!html.contains("<script"))
  }

  @Test func anUnknownOwnerExitsTwoListingTheOwners() throws {
    let result = try Binary.run(
      ["questions", "samples/street-lighting.dfd", "--owner", "Brightway Lighting Lt"],
      in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stderr.contains("did you mean 'Brightway Lighting Ltd'?"))
    #expect(result.stderr.contains("'Meshlink Networks Ltd'"))
  }
}
