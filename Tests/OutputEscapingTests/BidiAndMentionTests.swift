import OutputEscaping
import Testing

/// One rule for bidirectional controls in every output, and no live mentions in Markdown.
struct BidiAndMentionTests {
  /// `gnp.exe` that a right-to-left override would show as `exe.png`, with every other
  /// bidirectional control after it.
  static let hostile =
    "gnp\u{202E}exe.png\u{202A}\u{202B}\u{202C}\u{202D}\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}\u{061C}"
  static let shown =
    "gnp<U+202E>exe.png<U+202A><U+202B><U+202C><U+202D><U+2066><U+2067><U+2068><U+2069><U+200E><U+200F><U+061C>"

  @Test func everyBidiControlIsSpelledOut() {
    #expect(Escaping.showingBidiControls(Self.hostile) == Self.shown)
    #expect(Escaping.showingBidiControls("عربى é 🚦\u{200D}") == "عربى é 🚦\u{200D}")
    #expect(Escaping.terminal(Self.hostile) == Self.shown)
  }

  @Test func everyOutputShowsBidiControlsVisibly() {
    let html = Self.shown.replacing("<", with: "&lt;").replacing(">", with: "&gt;")
    #expect(Escaping.html(Self.hostile) == html)
    #expect(Escaping.dotHTML(Self.hostile) == html)
    #expect(Escaping.dotString(Self.hostile) == "\"" + Self.shown + "\"")
    #expect(Escaping.dotTooltipContent(Self.hostile) == Self.shown)
    #expect(Escaping.markdown(Self.hostile) == html)
    #expect(Escaping.csv(Self.hostile) == Self.shown)
    #expect(Escaping.json(Self.hostile) == "\"" + Self.shown + "\"")
  }

  @Test func dotTooltipsQuadrupleBackslashesBecauseGraphvizExpandsThemTwice() {
    #expect(Escaping.dotTooltipContent(#"a\Nb "q" &amp;"#) == #"a\\\\Nb \"q\" &amp;amp;"#)
    #expect(Escaping.dotString(#"a\Nb"#) == #""a\\Nb""#)
  }

  @Test func markdownSetsMentionsInCodeSpans() {
    #expect(Escaping.markdown("ask @alice") == "ask `@alice`")
    #expect(Escaping.markdown("@org/security-team, please") == "`@org/security-team`, please")
    #expect(Escaping.markdown("(@bob_smith)") == "(`@bob_smith`)")
    #expect(Escaping.markdown("ops@example.org") == "ops`@example.org`")
    #expect(Escaping.markdown("*@x* | @y") == #"\*`@x`\* \| `@y`"#)
    #expect(Escaping.markdown("a @ b, @, @-") == "a @ b, @, `@-`")
    #expect(Escaping.markdown("no mention_here") == #"no mention\_here"#)
  }
}
