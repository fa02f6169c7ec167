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
