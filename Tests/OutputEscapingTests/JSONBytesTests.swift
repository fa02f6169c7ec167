import Testing

@testable import OutputEscaping

/// `Escaping.appendJSON` works on UTF-8 bytes; it must give exactly what `Escaping.json` gives.
@Suite struct JSONBytesTests {
  @Test func everyPairOfPiecesMatchesTheScalarEscaper() {
    let pieces = [
      "", "a", "plain text", ",", "\"", "\n", "\r", "\t", "=", "+", "-", "@", "é", "—", "·", "🛰️",
      "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{61C}", "\u{200D}",
      "\u{200E}", "\u{200F}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}",
      "\u{2066}", "\u{2069}", "\u{206A}", "\u{FFFD}", "\u{D7FF}", "Ā", "<", ">", "&", "'", "\\",
      "\u{2028}", "\u{2027}", "\u{E2}", "\u{2080}", "\u{20AC}",
    ]
    for first in pieces {
      for second in pieces {
        for text in [first + second, "x" + first + "\u{2028}" + second + "y"] {
          var bytes: [UInt8] = []
          Escaping.appendJSON(text, to: &bytes)
          #expect(bytes == Array(Escaping.json(text).utf8), "\(text.debugDescription)")
        }
      }
    }
  }
}
