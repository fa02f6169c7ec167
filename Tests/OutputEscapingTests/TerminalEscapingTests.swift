import OutputEscaping
import Testing

struct TerminalEscapingTests {
  @Test func plainTextIsUnchanged() {
    #expect(Escaping.terminal("Air-quality sensor\té 🚦 عربى") == "Air-quality sensor\té 🚦 عربى")
  }

  @Test func controlCharactersBecomeVisible() {
    let hostile = "a\u{1B}]0;pwned\u{07}b\u{1B}[2Jc\u{9B}31md\u{7F}\r\n\0"
    let clean = Escaping.terminal(hostile)
    #expect(!clean.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
    #expect(
      clean == "a\u{241B}]0;pwned\u{2407}b\u{241B}[2Jc\u{FFFD}31md\u{2421}\u{240D}\u{240A}\u{2400}")
  }

  @Test func bidirectionalOverridesAreSpelledOut() {
    #expect(Escaping.terminal("admin\u{202E}txt.exe\u{2066}") == "admin<U+202E>txt.exe<U+2066>")
  }
}
