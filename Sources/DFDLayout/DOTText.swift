/// Escaping of user text for DOT quoted strings.
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
      case "\n": result += "\\n"
      case "\r": break
      default: result.append(character)
      }
    }
    return result + "\""
  }
}
