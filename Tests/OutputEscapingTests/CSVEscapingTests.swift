import OutputEscaping
import Testing

@Suite struct CSVEscapingTests {
  @Test func plainFieldsComeBackUnchangedAndQuotedOnesDoubleTheirQuotes() {
    #expect(Escaping.csv("") == "")
    #expect(Escaping.csv("Status — 3 · high 🛰️ é") == "Status — 3 · high 🛰️ é")
    #expect(Escaping.csv("a \"b\", c") == "\"a \"\"b\"\", c\"")
    #expect(Escaping.csv("line\nbreak") == "\"line\nbreak\"")
    #expect(Escaping.csv("a\r\nb") == "\"a\r\nb\"")
    #expect(Escaping.csv("tab\tinside") == "tab\tinside")
    #expect(Escaping.csv("x = 1 + 2 - 3 @ 4") == "x = 1 + 2 - 3 @ 4")
    #expect(Escaping.csv("\"\u{200D}") == "\"\"\"\u{200D}\"")
  }

  @Test func controlsAreReplacedAndBidiControlsSpelledOut() {
    #expect(Escaping.csv("a\u{1B}[2J\u{7F}\u{85}b") == "a\u{FFFD}[2J\u{FFFD}\u{FFFD}b")
    #expect(Escaping.csv("gnp\u{202E}exe.png") == "gnp<U+202E>exe.png")
    #expect(Escaping.csv("\u{2066}\u{200F}\u{61C}") == "<U+2066><U+200F><U+061C>")
  }

  @Test(arguments: ["=", "+", "-", "@", "\u{FF1D}", "\u{FF0B}", "\u{FF0D}", "\u{FF20}", "\u{FE66}"])
  func formulaStartsArePrefixed(_ start: String) {
    #expect(Escaping.csv(start + "SUM(A1)") == "'" + start + "SUM(A1)")
  }

  /// Spreadsheets skip leading spaces and invisible characters before a formula.
  @Test(arguments: [
    " ", "  ", "\t", "\r", "\u{A0}", "\u{FEFF}", "\u{200B}", "\u{2060}", "\u{3000}",
    " \u{FEFF}\u{A0}",
  ])
  func formulaStartsAfterWhitespaceOrFormatCharactersArePrefixed(_ lead: String) {
    let field = Escaping.csv(lead + "=HYPERLINK(\"http://x\")")
    #expect(field.hasPrefix("'") || field.hasPrefix("\"'"), "\(lead.debugDescription): \(field)")
  }

  @Test func textThatMerelyContainsFormulaCharactersIsLeftAlone() {
    #expect(Escaping.csv(" a = b") == " a = b")
    #expect(Escaping.csv("\u{A0}x") == "\u{A0}x")
    #expect(Escaping.csv("'=1") == "'=1")
  }
}
