import Testing

@testable import OutputEscaping

/// The DOT escapers' quick byte tests and their piecewise forms must agree with the replacement
/// tables that define them.
struct DOTEscapingTests {
  @Test func quickTestsAgreeWithTheReplacementsForEveryByte() {
    for byte in UInt8.min...UInt8.max {
      #expect(Escaping.isPlainInDOTString(byte) == (Escaping.dotStringReplacement(byte) == nil))
      #expect(Escaping.isPlainInDOTHTML(byte) == (Escaping.dotHTMLReplacement(byte) == nil))
    }
  }

  /// Escaping byte by byte from the replacement tables, the definition of both escapers.
  static func reference(_ text: String, _ replacement: (UInt8) -> StaticString?) -> String {
    var out: [UInt8] = []
    for byte in text.utf8 {
      if let replaced = replacement(byte) {
        replaced.withUTF8Buffer { out.append(contentsOf: $0) }
      } else {
        out.append(byte)
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  @Test func wordsAtATimeEscapeLikeByteByByte() {
    // Every special byte at every offset of a long run, so that it falls in each lane of the
    // eight-byte words and in the tail.
    let specials: [Character] = [
      "\"", "&", "\\", "<", ">", "'", "\n", "\r", "\t", "\u{0}", "\u{7F}", "é",
    ]
    for special in specials {
      for length in 0..<20 {
        for offset in 0...length {
          var characters = Array(repeating: Character("a"), count: length)
          characters.insert(special, at: offset)
          let text = String(characters)
          var content: [UInt8] = []
          Escaping.writeDOTStringContent(text) { content.append(contentsOf: $0) }
          #expect(
            String(decoding: content, as: UTF8.self)
              == Self.reference(text, Escaping.dotStringReplacement))
          var html: [UInt8] = []
          var copy = text
          copy.withUTF8 { Escaping.writeDOTHTML(utf8: $0) { html.append(contentsOf: $0) } }
          #expect(
            String(decoding: html, as: UTF8.self)
              == Self.reference(text, Escaping.dotHTMLReplacement))
        }
      }
    }
    for byte in UInt8.min...UInt8.max {
      // Seven plain bytes (`a`) and `byte` in lane 5.
      let word = (0x6161_6161_6161_6161 & ~(UInt64(0xFF) << 40)) | (UInt64(byte) << 40)
      #expect(Escaping.isPlainInDOTString(word) == Escaping.isPlainInDOTString(byte))
      #expect(Escaping.isPlainInDOTHTML(word) == Escaping.isPlainInDOTHTML(byte))
    }
  }

  @Test(arguments: [
    "", "plain", #"a "quoted" \N & <b>'x'</b>"#, "two\nlines\r\n\u{7}\u{7F}end", "Ünïcødé 日本語 🔒",
  ])
  func piecesEscapeLikeTheWhole(_ text: String) {
    var html: [UInt8] = []
    var content: [UInt8] = []
    for character in text {
      Escaping.appendDOTHTML(String(character), to: &html)
      Escaping.appendDOTStringContent(String(character), to: &content)
    }
    #expect(String(decoding: html, as: UTF8.self) == Escaping.dotHTML(text))
    #expect("\"" + String(decoding: content, as: UTF8.self) + "\"" == Escaping.dotString(text))
  }
}
