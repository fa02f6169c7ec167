import Testing

@testable import OutputEscaping

/// `Escaping.appendJSON` works on UTF-8 bytes; it must give exactly what `Escaping.json` gives.
@Suite struct JSONBytesTests {
  @Test func everyPairOfPiecesMatchesTheScalarEscaper() {
    let pieces =
      CSVEscapingTests.pieces + [
        "<", ">", "&", "'", "\\", "\u{2028}", "\u{2029}", "\u{2027}", "\u{202A}", "\u{E2}",
        "\u{2080}", "\u{20AC}",
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
