import Foundation
import Testing

@testable import OutputEscaping

@Suite struct EscapingTests {
  @Test func htmlEscapesMarkupAndQuotes() {
    #expect(
      Escaping.html(#"<img src=x onerror="a('b')">&"#)
        == "&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;")
    #expect(Escaping.html("Café → ok") == "Café → ok")
  }

  @Test func htmlAttributeKeepsLineBreaks() {
    #expect(Escaping.htmlAttribute("a\nb\tc\"") == "a&#10;b&#9;c&quot;")
  }

  @Test func tokenNeverSplitsAnAttribute() {
    #expect(Escaping.token("information-disclosure") == "information-disclosure")
    #expect(Escaping.token("a b\"<c>") == "a_b__c_")
  }

  @Test func markdownNeutralisesTableAndLinkSyntax() {
    #expect(Escaping.markdown("a|b") == #"a\|b"#)
    #expect(Escaping.markdown("[click](javascript:alert(1))") == #"\[click\](javascript:alert(1))"#)
    #expect(Escaping.markdown("`code` <b>") == #"\`code\` &lt;b&gt;"#)
    #expect(Escaping.markdown("one\r\ntwo\nthree\rfour") == "one<br>two<br>three<br>four")
    #expect(Escaping.markdown(##"*a* _b_ \ # !"##) == ##"\*a\* \_b\_ \\ \# !"##)
    #expect(Escaping.markdown("AT&T") == "AT&amp;T")
  }

  @Test func markdownCodeFencesAroundBackticks() {
    #expect(Escaping.markdownCode("lamp") == "`lamp`")
    #expect(Escaping.markdownCode("a`b") == "``a`b``")
    // A combining mark or joiner after `|` or a backtick makes one character with it; the
    // escaping still sees the `|` and counts the backtick.
    #expect(Escaping.markdownCode("a|\u{301}b") == "`a\\|\u{301}b`")
    #expect(Escaping.markdownCode("a`\u{200D}b") == "``a`\u{200D}b``")
    #expect(Escaping.markdownCode("`\u{301}") == "`` `\u{301} ``")
    #expect(Escaping.markdownCode("`x") == "`` `x ``")
    #expect(Escaping.markdownCode("a|b\nc") == #"`a\|b c`"#)
  }

  @Test func markdownLinksRefuseScriptSchemes() {
    #expect(Escaping.markdownLinkDestination("lighting report.svg") == "lighting%20report.svg")
    #expect(
      Escaping.markdownLinkDestination("https://example.org/a(b)") == "https://example.org/a%28b%29"
    )
    #expect(Escaping.markdownLinkDestination("javascript:alert(1)") == nil)
    #expect(Escaping.markdownLinkDestination(" JaVa\tScript:alert(1)") == nil)
    #expect(Escaping.markdownLinkDestination("data:text/html,x") == nil)
    #expect(Escaping.markdownLinkDestination("dir/a:b.svg") == "dir/a:b.svg")
  }

  @Test func csvQuotesPerRFC4180() {
    #expect(Escaping.csv("plain") == "plain")
    #expect(Escaping.csv("a,b") == "\"a,b\"")
    #expect(Escaping.csv("say \"hi\"") == "\"say \"\"hi\"\"\"")
    #expect(Escaping.csv("two\nlines") == "\"two\nlines\"")
  }

  @Test(arguments: ["=1+2", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
  func csvNeutralisesFormulas(_ cell: String) {
    let escaped = Escaping.csv(cell)
    let unquoted = escaped.hasPrefix("\"") ? String(escaped.dropFirst()) : escaped
    #expect(unquoted.hasPrefix("'"))
  }

  @Test func jsonEscapesQuotesBackslashesControlsAndLineSeparators() {
    #expect(Escaping.json("a\"b\\c\n\r\t") == #""a\"b\\c\n\r\t""#)
    #expect(Escaping.json("\u{1}\u{1B}[2J\u{7F}") == #""\u0001\u001b[2J\u007f""#)
    #expect(Escaping.json("\u{2028}\u{2029}") == #""\u2028\u2029""#)
    #expect(Escaping.json("</script> & 'x' é 🛰️") == "\"</script> & 'x' é 🛰️\"")
  }
}
