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
    appendDOTStringContent(text, to: &bytes)
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends `text` escaped as `dotString(_:)` does, without the quotes, to UTF-8 `bytes`: for
  /// a quoted string written in pieces (escaping is byte by byte, so pieces escaped one at a
  /// time give the same bytes as their concatenation escaped at once).
  public static func appendDOTStringContent(_ text: String, to bytes: inout [UInt8]) {
    appendRewritten(
      showingBidiControls(text), to: &bytes, isPlain: isPlainInDOTString, dotStringReplacement)
  }

  /// Escapes `text` for the inside of a quoted tooltip (`tooltip`, `labeltooltip`,
  /// `edgetooltip`), as `dotString(_:)` does but with each backslash written four times:
  /// Graphviz 2.42 expands the escapes of a tooltip twice (`\\\\N` → `\\N` → `\N`), so
  /// a doubled backslash would still let `\N`, `\G`, `\E`, `\T`, `\H` and `\L` through.
  public static func dotTooltipContent(_ text: String) -> String {
    var bytes: [UInt8] = []
    writeDOTTooltipContent(text) { bytes.append(contentsOf: $0) }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// Calls `write` with the pieces of `text` escaped as `dotTooltipContent` escapes it.
  public static func writeDOTTooltipContent(
    _ text: String, _ write: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var text = showingBidiControls(text)
    text.withUTF8 {
      rewrite(utf8: $0, isPlain: isPlainInDOTString, dotTooltipReplacement, write: write)
    }
  }

  /// Escapes `text` for the inside of an HTML-like label: markup characters become entities,
  /// backslashes are doubled (Graphviz still expands `\N` there) and newlines become `<BR/>`.
  public static func dotHTML(_ text: String) -> String {
    rewriteBytes(showingBidiControls(text), dotHTMLReplacement)
  }

  /// Appends `text` escaped as `dotHTML(_:)` does to UTF-8 `bytes`, without an intermediate
  /// string.
  public static func appendDOTHTML(_ text: String, to bytes: inout [UInt8]) {
    appendRewritten(
      showingBidiControls(text), to: &bytes, isPlain: isPlainInDOTHTML, dotHTMLReplacement)
  }

  /// Appends the UTF-8 `bytes` of some text escaped as `dotHTML(_:)` does to `out` (for a piece
  /// of a string, such as one word).
  public static func appendDOTHTML(utf8 bytes: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
    writeDOTHTML(utf8: bytes) { out.append(contentsOf: $0) }
  }

  /// Calls `write` with the pieces of `text` escaped as `appendDOTStringContent` writes them,
  /// for writers with a buffer of their own.
  public static func writeDOTStringContent(
    _ text: String, _ write: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    var text = showingBidiControls(text)
    text.withUTF8 {
      rewrite(
        utf8: $0, isPlain: isPlainInDOTString, wordIsPlain: isPlainInDOTString,
        dotStringReplacement, write: write)
    }
  }

  /// Calls `write` with the pieces of UTF-8 `bytes` escaped as `appendDOTHTML` writes them, for
  /// writers with a buffer of their own.
  public static func writeDOTHTML(
    utf8 bytes: UnsafeBufferPointer<UInt8>, _ write: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    // Bidirectional controls are not ASCII: only other text needs `showingBidiControls`.
    if bytes.contains(where: { $0 >= 0x80 }) {
      var shown = showingBidiControls(String(decoding: bytes, as: UTF8.self))
      return shown.withUTF8 {
        rewrite(
          utf8: $0, isPlain: isPlainInDOTHTML, wordIsPlain: isPlainInDOTHTML, dotHTMLReplacement,
          write: write)
      }
    }
    rewrite(
      utf8: bytes, isPlain: isPlainInDOTHTML, wordIsPlain: isPlainInDOTHTML, dotHTMLReplacement,
      write: write)
  }

  /// Whether `dotStringReplacement` leaves `byte` alone, in two comparisons for most bytes.
  @inline(__always)
  static func isPlainInDOTString(_ byte: UInt8) -> Bool {
    byte > UInt8(ascii: "&")
      ? byte != UInt8(ascii: "\\") && byte != 0x7F
      : byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "&")
  }

  /// Whether `dotHTMLReplacement` leaves `byte` alone, in two comparisons for most bytes.
  @inline(__always)
  static func isPlainInDOTHTML(_ byte: UInt8) -> Bool {
    byte > UInt8(ascii: ">")
      ? byte != UInt8(ascii: "\\") && byte != 0x7F
      : byte >= 0x20 && byte != UInt8(ascii: "\"") && byte != UInt8(ascii: "&")
        && byte != UInt8(ascii: "'") && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
  }

  /// Whether `dotStringReplacement` leaves all eight bytes of `word` alone.
  @inline(__always)
  static func isPlainInDOTString(_ word: UInt64) -> Bool {
    !(hasByte(in: word, below: 0x20) || hasByte(in: word, equalTo: UInt8(ascii: "\""))
      || hasByte(in: word, equalTo: UInt8(ascii: "&"))
      || hasByte(in: word, equalTo: UInt8(ascii: "\\"))
      || hasByte(in: word, equalTo: 0x7F))
  }

  /// Whether `dotHTMLReplacement` leaves all eight bytes of `word` alone.
  @inline(__always)
  static func isPlainInDOTHTML(_ word: UInt64) -> Bool {
    isPlainInDOTString(word)
      && !(hasByte(in: word, equalTo: UInt8(ascii: "'"))
        || hasByte(in: word, equalTo: UInt8(ascii: "<"))
        || hasByte(in: word, equalTo: UInt8(ascii: ">")))
  }

  static func dotStringReplacement(_ byte: UInt8) -> StaticString? {
    switch byte {
    case UInt8(ascii: "\""): return "\\\""
    case UInt8(ascii: "\\"): return "\\\\"
    case UInt8(ascii: "&"): return "&amp;"
    case UInt8(ascii: "\n"): return "\\n"
    case 0..<0x20, 0x7F: return ""  // other control characters (and \r) are dropped
    default: return nil
    }
  }

  static func dotTooltipReplacement(_ byte: UInt8) -> StaticString? {
    byte == UInt8(ascii: "\\") ? "\\\\\\\\" : dotStringReplacement(byte)
  }

  static func dotHTMLReplacement(_ byte: UInt8) -> StaticString? {
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
