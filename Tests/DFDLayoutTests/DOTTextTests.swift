import DFDLayout
import Testing

struct DOTTextTests {
  @Test func quotedTextCannotEscapeOrBeInterpreted() {
    #expect(DOTText.quoted(#"C:\Network "x" & y"#) == #""C:\\Network \"x\" &amp; y""#)
    #expect(DOTText.quoted("two\nlines") == #""two\nlines""#)
  }
}

struct DOTTextEscapingTests {
  @Test func htmlTextIsEntityEscaped() {
    let escaped = #"&lt;b a=&quot;1&quot;&gt;&#39;x&#39; &amp; \\N"#
    #expect(DOTText.html(#"<b a="1">'x' & \N"#) == escaped)
    #expect(DOTText.html("a\r\nb\u{7}") == "a<BR/>b")
  }

  @Test func controlCharactersAreDroppedAndUnicodeKept() {
    #expect(DOTText.quoted("a\u{0}b\u{1B}c\rd") == #""abcd""#)
    #expect(DOTText.quoted("Ünïcødé 日本語 🔒") == "\"Ünïcødé 日本語 🔒\"")
  }

  @Test func wrappingBreaksAtSpaces() {
    let lines = DOTText.wrapped("Central management system", width: 22)
    #expect(lines == ["Central management", "system"])
    #expect(DOTText.wrapped("", width: 10) == [""])
  }
}
