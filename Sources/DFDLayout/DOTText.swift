/// Escaping of user text for DOT: quoted strings and the text inside HTML-like labels.
public enum DOTText {
  /// Quotes `text` as a DOT string that Graphviz shows literally: backslashes and `&` are
  /// neutralised so that neither escape sequences (`\N`, `\n`) nor entities (`&amp;`) are
  /// interpreted, and newlines become line breaks.
  public static func quoted(_ text: String) -> String {
    var result = "\""
    for character in text {
      switch character {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "&": result += "&amp;"
      case "\n", "\r\n": result += "\\n"
      case "\r": break
      default:
        if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
          result.append(character)
        }
      }
    }
    return result + "\""
  }

  /// Escapes `text` for the inside of an HTML-like label: markup characters become entities,
  /// backslashes are doubled (Graphviz still expands `\N` there) and newlines become `<BR/>`.
  public static func html(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&#39;"
      case "\\": result += "\\\\"
      case "\n", "\r\n": result += "<BR/>"
      case "\r": break
      default:
        if character.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
          result.append(character)
        }
      }
    }
    return result
  }

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
