/// Safe, unique SVG ids and class names derived from model identifiers.
///
/// The mapping is injective: letters, digits and `-` stay as they are, `_` becomes `__`, the
/// flow arrow `->` becomes `_to_`, and any other character becomes `_` plus the lowercase hex
/// of each UTF-8 byte. A decoder reads `__` as `_`, `_t` as an arrow and `_hh` as a byte, so two
/// identifiers never share a slug.
public enum SVGIdentifier {
  /// The slug of `identifier`.
  public static func slug(_ identifier: String) -> String {
    var result: [UInt8] = []
    result.reserveCapacity(identifier.utf8.count + 8)
    appendSlug(identifier, to: &result)
    return String(decoding: result, as: UTF8.self)
  }

  /// Appends the slug of `identifier` to UTF-8 `result` (ASCII letters, digits, `-` and `_`
  /// only), without an intermediate string.
  public static func appendSlug(_ identifier: String, to result: inout [UInt8]) {
    writeSlug(identifier) { result.append($0) }
  }

  /// Calls `write` with each byte of the slug of `identifier`, for writers with a buffer of
  /// their own.
  public static func writeSlug(_ identifier: String, _ write: (UInt8) -> Void) {
    // Every character outside ASCII letters, digits, `-` and `_` is written byte by byte, so
    // working on UTF-8 bytes gives the same slug as working on scalars.
    var identifier = identifier
    identifier.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        let byte = bytes[index]
        if byte == UInt8(ascii: "-"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">")
        {
          for byte in "_to_".utf8 { write(byte) }
          index += 2
          continue
        }
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
          UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
          write(byte)
        case UInt8(ascii: "_"):
          write(UInt8(ascii: "_"))
          write(UInt8(ascii: "_"))
        default:
          write(UInt8(ascii: "_"))
          write(hexDigit(byte >> 4))
          write(hexDigit(byte & 0xF))
        }
        index += 1
      }
    }
  }

  /// The id of an element's node: `el-<slug>`.
  public static func element(_ id: String) -> String { "el-" + slug(id) }
  /// The id of a boundary's cluster: `tb-<slug>`.
  public static func boundary(_ id: String) -> String { "tb-" + slug(id) }
  /// The id of a flow's edge: `flow-<slug>`.
  public static func flow(_ id: String) -> String { "flow-" + slug(id) }

  /// A class name for a kind or category (same mapping, so it is a single safe token).
  public static func className(_ name: String) -> String { slug(name) }

  /// The lowercase hex digit of `value` (0...15).
  private static func hexDigit(_ value: UInt8) -> UInt8 {
    value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
  }
}
