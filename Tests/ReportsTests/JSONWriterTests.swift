import Foundation
import Testing

@testable import Reports

@Suite struct JSONWriterTests {
  /// One document with nesting, empty containers, a null and a left-out member.
  static func sample(_ json: inout JSONWriter) {
    json.object {
      $0.member("a", 1)
      $0.member("b", strings: ["x", "y"])
      $0.member("empty") { $0.array { _ in } }
      $0.member("none") { $0.object { _ in } }
      $0.member("left out", nil)
      $0.member("null", orNull: nil)
    }
  }

  @Test func standardLayout() {
    #expect(
      JSONWriter.text(.standard, Self.sample) == """
        {
          "a": 1,
          "b": [
            "x",
            "y"
          ],
          "empty": [],
          "none": {},
          "null": null
        }

        """)
  }

  @Test func foundationLayoutIsJSONEncodersPrettyPrinting() {
    #expect(
      JSONWriter.text(.foundation, Self.sample) == """
        {
          "a" : 1,
          "b" : [
            "x",
            "y"
          ],
          "empty" : [

          ],
          "none" : {

          },
          "null" : null
        }

        """)
  }

  @Test func hostileStringsParseBackUnchanged() throws {
    let texts = [
      "say \"hi\"", "back\\slash", "a/b</script>", "two\nlines\r\n", "bell\u{7}nul\u{0}",
      "esc\u{1B}[31m", "del\u{7F}", "\u{2028}\u{2029}", "é — 🛰️", "\"\u{200D}", "\u{85}",
    ]
    let text = JSONWriter.text(.standard) { json in
      json.object { for (index, text) in texts.enumerated() { $0.member(text, String(index)) } }
    }
    let parsed = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: String])
    #expect(parsed == Dictionary(uniqueKeysWithValues: texts.enumerated().map { ($1, "\($0)") }))
  }

  @Test func longDocumentsArriveInPiecesThatAddUpToTheText() {
    let items = (0..<20_000).map { "item \($0)" }
    var pieces: [String] = []
    JSONWriter.write(.standard, to: { pieces.append($0) }) { $0.strings(items) }
    #expect(pieces.count > 2)
    #expect(pieces.dropLast().allSatisfy { $0.utf8.count < JSONWriter.chunkSize + 100 })
    #expect(pieces.joined() == JSONWriter.text(.standard) { $0.strings(items) })
  }
}
