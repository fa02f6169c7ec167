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
}
