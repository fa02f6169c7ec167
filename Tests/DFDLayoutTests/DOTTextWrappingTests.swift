import DFDLayout
import Testing

/// `DOTText.wrapped` takes a byte-level shortcut for text that fits on one line; it must agree
/// with the definition in characters.
struct DOTTextWrappingTests {
  /// The definition: words (split at spaces) joined while a line stays within `width` characters.
  static func reference(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        if !line.isEmpty && line.count + 1 + word.count > width {
          lines.append(line)
          line = String(word)
        } else {
          line += line.isEmpty ? String(word) : " " + word
        }
      }
      lines.append(line)
    }
    return lines
  }

  static let texts = [
    "", " ", "a", "Gateway", "Gateway ", " Gateway", "Street  lighting", "exactly twenty-two chr",
    "exactly twenty-three ch", "Central management system", "Parking bay sensor 1, Old Town",
    "two\nparagraphs here", "trailing newline\n", "\n", "CR LF\r\nline", "a\rb c",
    "Café crème brûlée at the depot", "e\u{301} accent combining with a long tail of words",
    "日本語のラベル とても長い 名前", "🔒 locked 🔒 vault with a long name", "tab\tinside words here",
    String(repeating: "word ", count: 30), String(repeating: "x", count: 40),
  ]

  @Test(arguments: texts)
  func wrappingMatchesTheDefinition(_ text: String) {
    for width in [1, 5, 10, 18, 22, 30, 80] {
      #expect(DOTText.wrapped(text, width: width) == Self.reference(text, width: width))
    }
  }
}
