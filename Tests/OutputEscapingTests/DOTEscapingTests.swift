import OutputEscaping
import Testing

/// What each DOT escaper guarantees: no way out of the string or label, no escape sequence or
/// entity that Graphviz would expand, controls dropped.
struct DOTEscapingTests {
  @Test func stringsEscapeQuotesBackslashesAndAmpersands() {
    #expect(Escaping.dotString(#"a "quoted" \N & <b>"#) == #""a \"quoted\" \\N &amp; <b>""#)
    #expect(Escaping.dotString("two\nlines\r\n\u{7}\u{7F}end") == #""two\nlines\nend""#)
    #expect(Escaping.dotStringContent("Ünïcødé 日本語 🔒") == "Ünïcødé 日本語 🔒")
    #expect(Escaping.dotStringContent("\"\u{301}") == "\\\"\u{301}")
  }

  @Test func htmlLabelsEscapeMarkupAndBreakLines() {
    #expect(
      Escaping.dotHTML(#"<b>'x' & "y" \N</b>"#)
        == #"&lt;b&gt;&#39;x&#39; &amp; &quot;y&quot; \\N&lt;/b&gt;"#)
    #expect(Escaping.dotHTML("a\nb\r\u{0}\u{7F}c") == "a<BR/>bc")
    #expect(Escaping.dotHTML("<\u{338}") == "&lt;\u{338}")
  }

  @Test func tooltipsQuadrupleBackslashes() {
    #expect(Escaping.dotTooltipContent(#"\L "x" &"#) == #"\\\\L \"x\" &amp;"#)
  }
}
