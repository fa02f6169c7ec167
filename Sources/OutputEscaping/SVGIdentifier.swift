/// Safe, unique SVG ids and class names derived from model identifiers.
///
/// The mapping is injective: letters, digits and `-` stay as they are, `_` becomes `__`, the
/// flow arrow `->` becomes `_to_`, and any other character becomes `_` plus the lowercase hex
/// of each UTF-8 byte. A decoder reads `__` as `_`, `_t` as an arrow and `_hh` as a byte, so two
/// identifiers never share a slug.
public enum SVGIdentifier {
  /// The slug of `identifier`.
  public static func slug(_ identifier: String) -> String {
    var result = ""
    let scalars = Array(identifier.unicodeScalars)
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "-", index + 1 < scalars.count, scalars[index + 1] == ">" {
        result += "_to_"
        index += 2
        continue
      }
      switch scalar {
      case "a"..."z", "A"..."Z", "0"..."9", "-": result.unicodeScalars.append(scalar)
      case "_": result += "__"
      default:
        for byte in String(scalar).utf8 { result += "_" + hex(byte) }
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

  private static func hex(_ byte: UInt8) -> String {
    let digits = Array("0123456789abcdef")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
  }
}
