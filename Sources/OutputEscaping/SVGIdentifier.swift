/// Safe, unique SVG ids and class names derived from model identifiers.
///
/// The mapping is injective: letters, digits and `-` stay as they are, `_` becomes `__`, the
/// flow arrow `->` becomes `_to_`, and any other character becomes `_` plus the lowercase hex
/// of each UTF-8 byte. A decoder reads `__` as `_`, `_t` as an arrow and `_hh` as a byte, so two
/// identifiers never share a slug.
public enum SVGIdentifier {
  /// The slug of `identifier`, worked out on its UTF-8 bytes (every character outside ASCII
  /// letters, digits, `-` and `_` is written byte by byte).
  public static func slug(_ identifier: String) -> String {
    let bytes = Array(identifier.utf8)
    var result = ""
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: "-"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: ">") {
        result += "_to_"
        index += 2
        continue
      }
      switch byte {
      case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      case UInt8(ascii: "_"):
        result += "__"
      default:
        result += "_" + String(byte >> 4, radix: 16) + String(byte & 0xF, radix: 16)
      }
      index += 1
    }
    return result
  }

  /// The id of an element's node: `el-<slug>`.
  public static func element(_ id: String) -> String { "el-" + slug(id) }
  /// The id of a boundary's cluster: `tb-<slug>`.
  public static func boundary(_ id: String) -> String { "tb-" + slug(id) }
  /// The id of a flow's edge: `flow-<slug>`.
  public static func flow(_ id: String) -> String { "flow-" + slug(id) }

  /// A class name for a kind or category (same mapping, so it is a single safe token).
  public static func className(_ name: String) -> String { slug(name) }
}
