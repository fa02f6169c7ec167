extension Escaping {
  /// Quotes `text` as a DOT string that Graphviz shows literally: backslashes and `&` are
  /// neutralised so that neither escape sequences (`\N`, `\n`) nor entities (`&amp;`) are
  /// interpreted, and newlines become line breaks.
  public static func dotString(_ text: String) -> String {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 8)
    appendDOTString(text, to: &bytes)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Appends `text` quoted as `dotString(_:)` does to UTF-8 `bytes`, without an intermediate
  /// string.
  public static func appendDOTString(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    appendRewritten(text, to: &bytes, dotStringReplacement)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Escapes `text` for the inside of an HTML-like label: markup characters become entities,
  /// backslashes are doubled (Graphviz still expands `\N` there) and newlines become `<BR/>`.
  public static func dotHTML(_ text: String) -> String { rewriteBytes(text, dotHTMLReplacement) }

  private static func dotStringReplacement(_ byte: UInt8) -> StaticString? {
    switch byte {
    case UInt8(ascii: "\""): return "\\\""
    case UInt8(ascii: "\\"): return "\\\\"
    case UInt8(ascii: "&"): return "&amp;"
    case UInt8(ascii: "\n"): return "\\n"
    case 0..<0x20, 0x7F: return ""  // other control characters (and \r) are dropped
    default: return nil
    }
  }

  private static func dotHTMLReplacement(_ byte: UInt8) -> StaticString? {
    switch byte {
    case UInt8(ascii: "&"): return "&amp;"
    case UInt8(ascii: "<"): return "&lt;"
    case UInt8(ascii: ">"): return "&gt;"
    case UInt8(ascii: "\""): return "&quot;"
    case UInt8(ascii: "'"): return "&#39;"
    case UInt8(ascii: "\\"): return "\\\\"
    case UInt8(ascii: "\n"): return "<BR/>"
    case 0..<0x20, 0x7F: return ""
    default: return nil
    }
  }
}
