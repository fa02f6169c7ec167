/// Text layout for DOT labels; escaping itself is `Escaping.dotString` and `Escaping.dotHTML`.
public enum DOTText {
  /// Breaks `text` into lines of about `width` characters at spaces, for compact labels.
  public static func wrapped(_ text: String, width: Int = 22) -> [String] {
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
}
