import DFDModel
import Diagnostics
import Foundation
import Pipeline
import TestSupport
import Testing

/// The risk register (`scp-dfd register`) of a small car-park model with bulk and specific
/// triage lines, against golden CSV and Markdown (issue 15).
struct RegisterOutputTests {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/register")

  func read(today: String = "2026-03-01") -> ModelReader.Result {
    var reader = ModelReader(catalogue: .builtIn)
    reader.today = today
    return reader.read(Self.folder.appendingPathComponent("input.dfd").path)
  }

  func expectGolden(_ text: String, _ name: String) throws {
    try Golden.expect(text, file: Self.folder.appendingPathComponent(name))
  }

  @Test func csvMatchesGolden() throws {
    let model = try #require(read().valid)
    let text = RegisterOutput.render(model, catalogue: .builtIn, as: .csv)
    try expectGolden(text, "expected.csv")
    #expect(text.hasPrefix("id,risk,owner,severity,status,by,date,review date,"))
    // Formula guard: an owner or note starting with `=` cannot run in a spreadsheet.
    #expect(!text.contains(",=") && !text.contains(",\"="))
  }

  @Test func markdownMatchesGolden() throws {
    let model = try #require(read().valid)
    try expectGolden(
      RegisterOutput.render(model, catalogue: .builtIn, as: .markdown), "expected.md")
  }

  @Test func untriagedFindingsOnlyWithAll() throws {
    let model = try #require(read().valid)
    let triaged = RegisterOutput.render(model, catalogue: .builtIn, as: .csv)
    let all = RegisterOutput.render(model, catalogue: .builtIn, as: .csv, includeUntriaged: true)
    #expect(triaged.components(separatedBy: "\r\n").count == 7)
    #expect(all.components(separatedBy: "\r\n").count > 20)
  }

  /// A review date before today warns (DFD605); on or after it, nothing.
  @Test func lapsedReviewWarnsAgainstAnInjectedToday() throws {
    #expect(!read(today: "2026-06-01").model.diagnostics.contains { $0.code == "DFD605" })
    let lapsed = read(today: "2026-06-02").model.diagnostics.filter { $0.code == "DFD605" }
    #expect(lapsed.count == 1)
    #expect(
      lapsed.first?.message
        == "the accepted decision 'threat SCP-S-005 on kind camera' was due for review on 2026-06-01; it has lapsed"
    )
  }

  @Test func scoresFallInTheirBands() {
    let bands = [1, 4, 5, 9, 10, 16, 20, 25].map { RiskScore.Band(score: $0) }
    #expect(bands == [.low, .low, .medium, .medium, .high, .high, .veryHigh, .veryHigh])
    #expect(RiskScore.level(0) == nil && RiskScore.level(2.5) == nil && RiskScore.level(5) == 5)
  }
}
