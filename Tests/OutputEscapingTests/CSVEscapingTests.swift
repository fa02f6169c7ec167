import Testing

@testable import OutputEscaping

/// `Escaping.csv` works on UTF-8 bytes for the common case; it must give exactly what the
/// scalar definition (`csvByScalars`) gives.
@Suite struct CSVEscapingTests {
  /// Pieces that exercise every branch: quoting, formulas, controls, bidi marks, multi-byte text.
  static let pieces = [
    "", "a", "plain text", ",", "\"", "\n", "\r", "\t", "=", "+", "-", "@", "é", "—", "·", "🛰️",
    "\u{0}", "\u{1B}", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{61C}", "\u{200D}",
    "\u{200E}", "\u{200F}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2065}",
    "\u{2066}", "\u{2069}", "\u{206A}", "\u{FFFD}", "\u{D7FF}", "Ā",
  ]

  @Test func everyPairOfPiecesMatchesTheDefinition() {
    for first in Self.pieces {
      for second in Self.pieces {
        for text in [first + second, first + "x" + second, "x" + first + second + "y"] {
          #expect(Escaping.csv(text) == Escaping.csvByScalars(text), "\(text.debugDescription)")
          #expect(Array(Escaping.csv(text).utf8) == Array(Escaping.csvByScalars(text).utf8))
        }
      }
    }
  }

  @Test func randomTextsMatchTheDefinition() {
    var generator = SystemRandomNumberGenerator()
    let scalars = Self.pieces.flatMap(\.unicodeScalars)
    for _ in 0..<2_000 {
      let length = Int.random(in: 0..<12, using: &generator)
      var text = ""
      for _ in 0..<length {
        text.unicodeScalars.append(scalars.randomElement(using: &generator)!)
      }
      #expect(Array(Escaping.csv(text).utf8) == Array(Escaping.csvByScalars(text).utf8))
    }
  }

  @Test func plainFieldsComeBackUnchangedAndQuotedOnesDoubleTheirQuotes() {
    #expect(Escaping.csv("Status — 3 · high") == "Status — 3 · high")
    #expect(Escaping.csv("a \"b\", c") == "\"a \"\"b\"\", c\"")
    #expect(Escaping.csv("x\u{202E}y") == "x\u{FFFD}y")
  }
}
