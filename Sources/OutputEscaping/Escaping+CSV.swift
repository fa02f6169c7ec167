extension Escaping {
  /// One CSV field (RFC 4180): quoted when it holds a comma, quote or line break, with quotes doubled.
  ///
  /// A field that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, tab or
  /// CR) is prefixed with `'`.
  public static func csv(_ text: String) -> String {
    switch text.utf8.withContiguousStorageIfAvailable(csvShape) {
    case .asIs: return text
    case .quoted(let field): return field
    case .byScalars, nil: return csvByScalars(text)
    }
  }

  /// What a text needs to become a CSV field, as far as its UTF-8 bytes tell.
  private enum CSVShape {
    /// The text is the field.
    case asIs
    /// The field is the text quoted, with its quotes doubled.
    case quoted(String)
    /// The text holds a control character or starts like a formula: see `csvByScalars`.
    case byScalars
  }

  /// `csv(_:)` by scalars: the definition, which `csvShape` matches byte for byte.
  static func csvByScalars(_ text: String) -> String {
    var field = withoutControls(text)
    if let first = field.unicodeScalars.first, csvFormulaStarts.unicodeScalars.contains(first) {
      field = "'" + field
    }
    let needsQuotes = field.unicodeScalars.contains {
      $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r"
    }
    guard needsQuotes else { return field }
    // Doubled scalar by scalar: `replacing` on characters would miss a quote that a combining
    // mark or joiner (U+200D) glues into one character with what follows, and leave it single.
    var quoted = String.UnicodeScalarView()
    quoted.append("\"")
    for scalar in field.unicodeScalars {
      quoted.append(scalar)
      if scalar == "\"" { quoted.append(scalar) }
    }
    quoted.append("\"")
    return String(quoted)
  }

  /// The field for the common case, worked out in one pass over the UTF-8 bytes.
  private static func csvShape(_ bytes: UnsafeBufferPointer<UInt8>) -> CSVShape {
    if let first = bytes.first, csvFormulaStarts.utf8.contains(first) { return .byScalars }
    var quotes = 0
    var needsQuotes = false
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      switch byte {
      case UInt8(ascii: "\""): quotes += 1
      case UInt8(ascii: ","), UInt8(ascii: "\n"), UInt8(ascii: "\r"): needsQuotes = true
      case UInt8(ascii: "\t"): break
      case 0..<0x20, 0x7F: return .byScalars
      case 0xC2, 0xD8, 0xE2: if startsControl(bytes, at: index) { return .byScalars }
      default: break
      }
      index += 1
    }
    guard needsQuotes || quotes > 0 else { return .asIs }
    return .quoted(quoted(bytes, doubling: quotes))
  }

  /// `bytes` between quotes, with each of their `quotes` quotes doubled.
  private static func quoted(_ bytes: UnsafeBufferPointer<UInt8>, doubling quotes: Int) -> String {
    String(unsafeUninitializedCapacity: bytes.count + quotes + 2) { out in
      var count = 0
      out[count] = UInt8(ascii: "\"")
      count += 1
      for byte in bytes {
        out[count] = byte
        count += 1
        if byte == UInt8(ascii: "\"") {
          out[count] = byte
          count += 1
        }
      }
      out[count] = UInt8(ascii: "\"")
      return count + 1
    }
  }

  /// The first bytes of a field that a spreadsheet reads as a formula.
  private static let csvFormulaStarts = "=+-@\t\r"

  /// Whether the UTF-8 sequence at `index` encodes a scalar that `withoutControls` replaces: a C1
  /// control (U+0080-U+009F) or a bidirectional control (U+061C, U+200E, U+200F,
  /// U+202A-U+202E, U+2066-U+2069).
  private static func startsControl(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
    func byte(_ offset: Int) -> UInt8? {
      index + offset < bytes.count ? bytes[index + offset] : nil
    }
    switch (bytes[index], byte(1), byte(2)) {
    case (0xC2, .some(0x80...0x9F), _): return true
    case (0xD8, .some(0x9C), _): return true
    case (0xE2, .some(0x80), .some(0x8E...0x8F)), (0xE2, .some(0x80), .some(0xAA...0xAE)):
      return true
    case (0xE2, .some(0x81), .some(0xA6...0xA9)): return true
    default: return false
    }
  }
}
