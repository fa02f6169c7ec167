/// How the report finds a model item's group in renderer SVG: `<prefix><id>` for plain
/// identifiers, and the renderer's slug otherwise (the mapping of DFDLayout's `SVGIdentifier`:
/// letters, digits and `-` stay, `_` becomes `__`, `->` becomes `_to_`, and any other character
/// becomes `_` plus the lowercase hex of each UTF-8 byte).
enum DiagramSlug {
  /// Records the group ids that may draw `id`.
  static func register(_ prefix: String, _ id: String, in targets: inout [String: String]) {
    let slugged = prefix + slug(id)
    targets[slugged] = id
    if targets[prefix + id] == nil { targets[prefix + id] = id }
  }

  /// The renderer's slug of an identifier.
  static func slug(_ id: String) -> String {
    var result = ""
    let scalars = Array(id.unicodeScalars)
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
        for byte in String(scalar).utf8 {
          let hex = String(byte, radix: 16)
          result += "_" + (hex.count < 2 ? "0" + hex : hex)
        }
      }
      index += 1
    }
    return result
  }
}
