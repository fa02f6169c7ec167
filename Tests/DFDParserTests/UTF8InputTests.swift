import DFDModel
import DFDParser
import Testing

/// Valid UTF-8 of every sequence length is accepted wherever text may appear (issue 12: a
/// comment scanner stepped one byte past a multi-byte lead byte and reported DFD102).
struct UTF8InputTests {
  /// One character of each UTF-8 length: 2 (é), 3 (—, €) and 4 (😀, 𝄞) bytes.
  static let characters = ["é", "—", "€", "😀", "𝄞"]

  /// Every place text may appear, with `X` standing for the character.
  static let places = [
    "# X\nservice a\nservice b\na -> b\n",
    "# Traffic control X 2025\nservice a\nservice b\na -> b\n",
    "// X\nservice a\nservice b\na -> b\n",
    "service a \"X\"\nservice b\na -> b \"X label\"\n",
    "model \"Car park X\"\nservice a\nservice b\na -> b\n",
    "boundary z \"X\" [owner: \"X\"] {\n  service a\n}\nservice b\na -> b\n",
    "service a\nservice b\na -> b\nthreat SCP-T-004 on a [note: \"X\"]\n",
    "service a\nservice b\na -> b \"\"\"line X\nnext X\"\"\"\n",
    "service a\nservice b\na -> b # X",
    "service a\nservice b\na -> b \"X\"",
    "service a\nservice b\na -> b\n# X",
  ]

  @Test(arguments: characters, places)
  func validUTF8IsAccepted(_ character: String, _ place: String) {
    let text = place.replacingOccurrences(of: "X", with: character)
    let model = load(text)
    let problems = model.diagnostics.map { "\($0.code) \($0.message)" }
    #expect(problems.isEmpty, "\(text.debugDescription): \(problems)")
  }

  @Test(arguments: characters)
  func characterSurvivesIntoTheDiagram(_ character: String) throws {
    let model = load("# \(character)\nservice a \"\(character)\"\nservice b\na -> b")
    let diagram = try #require(model.resolved?.diagram)
    #expect(diagram.elements.first?.label == character)
  }

  @Test func invalidBytesInACommentAreStillReported() {
    let bytes = Array("service a\n# caf".utf8) + [0xC3, 0x28] + [0x20, 0xE2, 0x0A]
    let codes = loadBytes(bytes).diagnostics.map(\.code)
    #expect(codes.contains("DFD102"))
  }

  @Test func truncatedSequenceAtTheEndOfAFileIsReported() {
    let bytes = Array("service a\nservice b\na -> b\n# caf".utf8) + [0xF0, 0x9F, 0x98]
    #expect(loadBytes(bytes).diagnostics.map(\.code) == ["DFD102"])
  }
}

extension String {
  /// `self` with every `target` replaced (standard library only).
  fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
    split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
  }
}
