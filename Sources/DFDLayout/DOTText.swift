/// Text layout for DOT labels; escaping itself is `Escaping.dotString` and `Escaping.dotHTML`.
public enum DOTText {
  /// The line width of node labels, in characters.
  public static let defaultWidth = 22

  /// Breaks `text` into lines of about `width` characters at spaces, for compact labels.
  public static func wrapped(_ text: String, width: Int = defaultWidth) -> [String] {
    if fitsOnOneLine(text, width: width) { return [text] }
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

  /// `text` as it is when it has at most `limit` characters, else on two lines broken at the
  /// space nearest its middle (as it is when it has no space).
  public static func balanced(_ text: String, longerThan limit: Int) -> [String] {
    let characters = Array(text)
    guard characters.count > limit else { return [text] }
    let middle = characters.count / 2
    let spaces = characters.indices.filter { characters[$0] == " " }
    guard let space = spaces.min(by: { abs($0 - middle) < abs($1 - middle) }) else { return [text] }
    return [String(characters[..<space]), String(characters[(space + 1)...])]
  }

  /// Whether `wrapped` would return `text` as it is: no line breaks, single spaces between words
  /// and none at the ends, and no more bytes (so no more characters) than `width`.
  private static func fitsOnOneLine(_ text: String, width: Int) -> Bool {
    let utf8 = text.utf8
    guard utf8.count <= width else { return false }
    guard utf8.first != UInt8(ascii: " "), utf8.last != UInt8(ascii: " ") else { return false }
    var previous: UInt8 = 0
    for byte in utf8 {
      if byte == UInt8(ascii: "\n") || (byte == UInt8(ascii: " ") && previous == byte) {
        return false
      }
      previous = byte
    }
    return true
  }
}
