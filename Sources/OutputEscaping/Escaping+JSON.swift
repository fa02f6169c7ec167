extension Escaping {
  /// A JSON string literal, quotes included, safe inside an HTML `<script>` element too:
  /// control characters, `<`, `>`, `&`, `'` and U+2028/U+2029 are written as `\uXXXX`, and
  /// bidirectional controls are spelled out (`showingBidiControls`) as in every other output.
  public static func json(_ text: String) -> String {
    var result = "\""
    result.reserveCapacity(text.utf8.count + 2)
    for scalar in showingBidiControls(text).unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "<", ">", "&", "'", "\u{2028}", "\u{2029}":
        result += unicodeEscape(scalar.value)
      default:
        if scalar.value < 0x20 || scalar.value == 0x7F {
          result += unicodeEscape(scalar.value)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// Appends `text` as `json(_:)` writes it, quotes included, to UTF-8 `bytes`, working on the
  /// bytes themselves (the only multi-byte scalars it escapes are U+2028 and U+2029).
  public static func appendJSON(_ text: String, to bytes: inout [UInt8]) {
    bytes.append(UInt8(ascii: "\""))
    var pending = 0  // bytes of a possible U+2028 / U+2029 seen so far
    for byte in showingBidiControls(text).utf8 {
      if pending > 0 {
        pending = jsonSeparatorStep(pending, byte, &bytes)
        if pending > 0 { continue }
        if pending < 0 {
          pending = 0
          continue
        }
      }
      switch byte {
      case UInt8(ascii: "\""): bytes += [0x5C, 0x22]
      case UInt8(ascii: "\\"): bytes += [0x5C, 0x5C]
      case 0x0A: bytes += [0x5C, UInt8(ascii: "n")]
      case 0x0D: bytes += [0x5C, UInt8(ascii: "r")]
      case 0x09: bytes += [0x5C, UInt8(ascii: "t")]
      case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "&"), UInt8(ascii: "'"), 0..<0x20,
        0x7F:
        bytes += unicodeEscape(UInt32(byte)).utf8
      case 0xE2: pending = 1
      default: bytes.append(byte)
      }
    }
    if pending > 0 { bytes += [0xE2, 0x80].prefix(pending) }
    bytes.append(UInt8(ascii: "\""))
  }

  /// After `pending` bytes of `E2 80 A8` / `E2 80 A9` (U+2028 / U+2029), takes `byte`: returns
  /// the new count (2), or -1 once the separator is written escaped, or 0 once the held bytes
  /// (and `byte`, unless it starts another sequence) are written as they are.
  private static func jsonSeparatorStep(_ pending: Int, _ byte: UInt8, _ bytes: inout [UInt8])
    -> Int
  {
    if pending == 1, byte == 0x80 { return 2 }
    if pending == 2, byte == 0xA8 || byte == 0xA9 {
      bytes += unicodeEscape(byte == 0xA8 ? 0x2028 : 0x2029).utf8
      return -1
    }
    bytes += [0xE2, 0x80].prefix(pending)
    return 0
  }

  private static func unicodeEscape(_ value: UInt32) -> String {
    let hex = String(value, radix: 16)
    return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
