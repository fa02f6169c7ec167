/// Escaping of untrusted text (labels, notes, identifiers, attribute values, paths, catalogue
/// text) for every context the tool writes to: terminal, DOT, HTML and SVG, Markdown, CSV, JSON.
///
/// Every writer goes through these functions at the point where model text meets the output's
/// syntax; none escapes on its own. docs/security.md lists which output uses which function.
public enum Escaping {
  /// Text for HTML (or SVG) element content or a quoted attribute value: `& < > " '` become
  /// character references and bidirectional controls are spelled out (`showingBidiControls`).
  public static func html(_ text: String) -> String {
    rewriteBytes(showingBidiControls(text), htmlReplacement)
  }

  /// Appends `text` escaped as `html(_:)` does to UTF-8 `bytes`, without an intermediate string.
  public static func appendHTML(_ text: String, to bytes: inout [UInt8]) {
    let utf8 = showingBidiControls(text).utf8
    guard let first = utf8.firstIndex(where: { htmlReplacement($0) != nil }) else {
      bytes.append(contentsOf: utf8)
      return
    }
    bytes.append(contentsOf: utf8[..<first])
    for byte in utf8[first...] {
      if let replaced = htmlReplacement(byte) {
        replaced.withUTF8Buffer { bytes.append(contentsOf: $0) }
      } else {
        bytes.append(byte)
      }
    }
  }

  private static func htmlReplacement(_ byte: UInt8) -> StaticString? {
    switch byte {
    case UInt8(ascii: "&"): return "&amp;"
    case UInt8(ascii: "<"): return "&lt;"
    case UInt8(ascii: ">"): return "&gt;"
    case UInt8(ascii: "\""): return "&quot;"
    case UInt8(ascii: "'"): return "&#39;"
    case 0: return "\u{FFFD}"
    default: return nil
    }
  }

  /// The text with each UTF-8 byte that `replacement` maps replaced; unchanged text is returned
  /// as it is, without copying.
  static func rewriteBytes(_ text: String, _ replacement: (UInt8) -> StaticString?) -> String {
    var text = text
    let clean = text.withUTF8 { source in !source.contains { replacement($0) != nil } }
    if clean { return text }
    var out: [UInt8] = []
    out.reserveCapacity(text.utf8.count + 32)
    appendRewritten(text, to: &out, replacement)
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends the UTF-8 of `text` to `out` with each byte that `replacement` maps replaced;
  /// the runs of bytes in between are copied whole.
  static func appendRewritten(
    _ text: String, to out: inout [UInt8], _ replacement: (UInt8) -> StaticString?
  ) {
    appendRewritten(text, to: &out, isPlain: { replacement($0) == nil }, replacement)
  }

  /// `appendRewritten(_:to:_:)` with a quick test for the bytes that `replacement` leaves alone
  /// (`isPlain` must be true exactly where `replacement` gives nil).
  @inline(__always)
  static func appendRewritten(
    _ text: String, to out: inout [UInt8], isPlain: (UInt8) -> Bool,
    _ replacement: (UInt8) -> StaticString?
  ) {
    var text = text
    text.withUTF8 { appendRewritten(utf8: $0, to: &out, isPlain: isPlain, replacement) }
  }

  /// `appendRewritten(_:to:isPlain:_:)` for UTF-8 bytes.
  @inline(__always)
  static func appendRewritten(
    utf8 source: UnsafeBufferPointer<UInt8>, to out: inout [UInt8], isPlain: (UInt8) -> Bool,
    _ replacement: (UInt8) -> StaticString?
  ) {
    rewrite(utf8: source, isPlain: isPlain, replacement) { out.append(contentsOf: $0) }
  }

  /// Calls `write` with the pieces of UTF-8 `source` rewritten: each run of bytes that
  /// `replacement` leaves alone, then the replacement of the byte after it, and so on (empty
  /// pieces are skipped).
  ///
  /// `wordIsPlain`, if given, must be true only for eight bytes (read as
  /// one word) that `replacement` all leaves alone; such words are skipped whole.
  @inline(__always)
  static func rewrite(
    utf8 source: UnsafeBufferPointer<UInt8>, isPlain: (UInt8) -> Bool,
    wordIsPlain: (UInt64) -> Bool = { _ in false },
    _ replacement: (UInt8) -> StaticString?, write: (UnsafeBufferPointer<UInt8>) -> Void
  ) {
    guard let base = source.baseAddress else { return }
    let count = source.count
    var start = 0
    var index = 0
    while index < count {
      if index + 8 <= count,
        wordIsPlain(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
      {
        index += 8
        continue
      }
      let byte = base[index]
      if !isPlain(byte), let replaced = replacement(byte) {
        if start < index { write(UnsafeBufferPointer(start: base + start, count: index - start)) }
        if replaced.utf8CodeUnitCount > 0 { replaced.withUTF8Buffer(write) }
        start = index + 1
      }
      index += 1
    }
    if start < count { write(UnsafeBufferPointer(start: base + start, count: count - start)) }
  }

  /// Whether any of the eight bytes of `word` is below `limit` (at most 0x80).
  @inline(__always)
  static func hasByte(in word: UInt64, below limit: UInt8) -> Bool {
    (word &- 0x0101_0101_0101_0101 &* UInt64(limit)) & ~word & 0x8080_8080_8080_8080 != 0
  }

  /// Whether any of the eight bytes of `word` equals `value`.
  @inline(__always)
  static func hasByte(in word: UInt64, equalTo value: UInt8) -> Bool {
    hasByte(in: word ^ (0x0101_0101_0101_0101 &* UInt64(value)), below: 1)
  }

  /// A value for a quoted HTML attribute; newlines and tabs become character references so
  /// that they survive attribute-value normalisation.
  public static func htmlAttribute(_ text: String) -> String {
    html(text).replacingNewlines(with: "&#10;").replacing("\t", with: "&#9;")
  }

  /// A token for a space-separated attribute such as `data-stride` or `class`: anything other
  /// than letters, digits, `-` and `_` becomes `_`, so a value never splits or escapes.
  public static func token(_ text: String) -> String {
    String(
      String.UnicodeScalarView(
        text.unicodeScalars.map { scalar in
          scalar.isASCII
            && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
              || scalar == "-" || scalar == "_")
            ? scalar : "_"
        }))
  }
}

extension String {
  /// The text with each CR LF, CR or LF replaced by `replacement`.
  func replacingNewlines(with replacement: String) -> String {
    guard contains(where: \.isNewline) else { return self }
    var result = ""
    for character in self {
      if character.isNewline { result += replacement } else { result.append(character) }
    }
    return result
  }
}
