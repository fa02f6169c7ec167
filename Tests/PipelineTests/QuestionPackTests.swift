import DFDModel
import Foundation
import Pipeline
import Reports
import TestSupport
import Testing
import ThreatEngine

/// Question packs (`scp-dfd questions`): one question per unstated fact and owner, covering
/// every element it concerns; answering it in the model removes it (issue 15).
struct QuestionPackTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures/questions")
  static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("samples")

  static let depot = """
    model "Depot" [owner: "Council IT"]
    boundary street "Street" [type: physical, exposure: public] {
      sensor s1 "Sensor one" [per-device-keys, firmware-signed, secure-boot]
      sensor s2 "Sensor two" [per-device-keys, firmware-signed, secure-boot]
    }
    boundary vendor "Vendor cloud" [type: cloud, owner: "Acme Ltd"] {
      service cms "CMS" [internet-facing]
    }
    s1 -> cms "Readings" [protocol: https]
    s2 -> cms "Readings" [protocol: https]

    """

  func pack(_ text: String, owner: String? = nil) throws -> QuestionPack {
    let scratch = Scratch()
    try scratch.write("m.dfd", text)
    let model = try #require(ModelReader(catalogue: .builtIn).read(scratch.path("m.dfd")).valid)
    return QuestionsOutput.pack(model, catalogue: .builtIn, owner: owner)
  }

  func question(_ pack: QuestionPack, _ attribute: String) -> QuestionPack.Question? {
    pack.groups.flatMap(\.questions).first { $0.attribute == attribute }
  }

  @Test func oneQuestionCoversEveryElementItConcerns() throws {
    let pack = try pack(Self.depot)
    let asked = try #require(question(pack, "default-credentials"))
    #expect(asked.subjects.map(\.id) == ["s1", "s2"])
    #expect(asked.text.contains("default password"))
    #expect(!asked.settles.isEmpty)
    #expect(asked.settles.allSatisfy { $0.basis == .presumed && $0.status.isOpen })
    // One question per attribute and owner: no attribute twice in a group.
    for group in pack.groups {
      let attributes = group.questions.map(\.attribute)
      #expect(attributes.count == Set(attributes).count)
    }
  }

  @Test func statingTheAnswerRemovesTheQuestionAndSettlesItsFindings() throws {
    let before = try pack(Self.depot)
    let asked = try #require(question(before, "default-credentials"))
    let settled = Set(asked.settles.map(\.id))
    let half = Self.depot.replacing(
      "sensor s1 \"Sensor one\" [", with: "sensor s1 \"Sensor one\" [default-credentials: false, ")
    #expect(try question(pack(half), "default-credentials")?.subjects.map(\.id) == ["s2"])
    let answered = half.replacing(
      "sensor s2 \"Sensor two\" [", with: "sensor s2 \"Sensor two\" [default-credentials: false, ")
    let after = try pack(answered)
    #expect(question(after, "default-credentials") == nil)
    let stillPresumedOnIt = after.groups.flatMap(\.questions).flatMap(\.settles)
      .filter {
        settled.contains($0.id) && $0.assumed.contains { $0.attribute == "default-credentials" }
      }
    #expect(stillPresumedOnIt.isEmpty)
  }

  @Test func questionsAreGroupedByWhoAnswersAndFilteredByOwner() throws {
    let pack = try pack(Self.depot)
    #expect(Set(pack.owners) == ["Council IT", "Acme Ltd"])
    let acme = try self.pack(Self.depot, owner: "Acme Ltd")
    #expect(acme.owners == ["Acme Ltd"])
    #expect(acme.groups[0].questions.allSatisfy { $0.subjects.allSatisfy { $0.id != "s1" } })
    #expect(try self.pack(Self.depot, owner: "Nobody").groups.isEmpty)
  }

  @Test func questionsComeWorstFirst() throws {
    for group in try pack(Self.depot).groups {
      let worst = group.questions.map(\.worst.rank)
      #expect(worst == worst.sorted(by: >))
    }
  }

  @Test(arguments: ["car-park-cctv", "street-lighting"])
  func samplePacksMatchTheirGoldens(_ sample: String) throws {
    let path = Self.samples.appendingPathComponent("\(sample).dfd").path
    let model = try #require(ModelReader(catalogue: .builtIn).read(path).valid)
    let pack = QuestionsOutput.pack(model, catalogue: .builtIn)
    let writer = QuestionPackWriter(date: "2026-12-04")
    try expectGolden(writer.markdown(pack), "\(sample).md")
    try expectGolden(writer.csv(pack), "\(sample).csv")
    #expect(pack.count > 10)
  }

  @Test func hostileTextIsEscapedInEveryFormat() throws {
    let hostile = """
      model "<script>alert(1)</script>" [owner: "=HYPERLINK(\\"x\\")"]
      sensor s1 "Sensor | <img src=x onerror=alert(1)>"
      service cms "CMS"
      s1 -> cms "Readings"

      """
    let pack = try pack(hostile)
    let writer = QuestionPackWriter(date: "2026-12-04")
    let html = writer.html(pack)
    #expect(!html.contains("<script>alert") && !html.contains("<img"))
    #expect(html.contains("&lt;img"))
    let csv = writer.csv(pack)
    #expect(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""))
    let markdown = writer.markdown(pack)
    #expect(!markdown.contains("<img") && !markdown.contains("<script>"))
  }

  func expectGolden(_ text: String, _ name: String) throws {
    try Golden.expect(text, file: Self.fixtures.appendingPathComponent(name))
  }

}
