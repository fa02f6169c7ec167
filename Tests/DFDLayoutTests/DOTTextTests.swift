import DFDLayout
import OutputEscaping
import Testing

struct DOTTextTests {
  @Test func quotedTextCannotEscapeOrBeInterpreted() {
    #expect(Escaping.dotString(#"C:\Network "x" & y"#) == #""C:\\Network \"x\" &amp; y""#)
    #expect(Escaping.dotString("two\nlines") == #""two\nlines""#)
  }
}

struct DOTTextEscapingTests {
  @Test func htmlTextIsEntityEscaped() {
    let escaped = #"&lt;b a=&quot;1&quot;&gt;&#39;x&#39; &amp; \\N"#
    #expect(Escaping.dotHTML(#"<b a="1">'x' & \N"#) == escaped)
    #expect(Escaping.dotHTML("a\r\nb\u{7}") == "a<BR/>b")
  }

  @Test func controlCharactersAreDroppedAndUnicodeKept() {
    #expect(Escaping.dotString("a\u{0}b\u{1B}c\rd") == #""abcd""#)
    #expect(Escaping.dotString("Ünïcødé 日本語 🔒") == "\"Ünïcødé 日本語 🔒\"")
  }

  @Test func wrappingBreaksAtSpaces() {
    let lines = DOTText.wrapped("Central management system", width: 22)
    #expect(lines == ["Central management", "system"])
    #expect(DOTText.wrapped("", width: 10) == [""])
  }

  @Test func longTitlesBreakOnceNearTheirMiddle() {
    #expect(
      DOTText.balanced("Harbourside Borough Council", longerThan: 34) == [
        "Harbourside Borough Council"
      ])
    #expect(
      DOTText.balanced("Gateway sites: town hall roof and depot mast", longerThan: 34)
        == ["Gateway sites: town hall", "roof and depot mast"])
    #expect(DOTText.balanced(String(repeating: "x", count: 40), longerThan: 34).count == 1)
    #expect(
      DOTText.balanced("Café crème brûlée au dépôt municipal", longerThan: 20) == [
        "Café crème brûlée", "au dépôt municipal",
      ])
  }

  /// Hostile names are long; breaking one takes linear time (measuring each space's offset from
  /// the start of the string again would be quadratic in its length).
  @Test(.timeLimit(.minutes(1))) func breakingAHugeTitleIsQuick() {
    let name = String(repeating: "word word ", count: 20_000)
    let lines = DOTText.balanced(name, longerThan: 34)
    #expect(lines.count == 2)
    #expect(lines.joined(separator: " ") == name)
  }
}
