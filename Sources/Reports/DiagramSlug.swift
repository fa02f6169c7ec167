/// How the report finds a model item's group in renderer SVG: by `<prefix><id>`, or by the slug
/// of an identifier that is not safe in an XML id (each run of other characters becomes `-`).
enum DiagramSlug {
  /// Records the group ids that may draw `id`.
  static func register(_ prefix: String, _ id: String, in targets: inout [String: String]) {
    targets[prefix + id] = id
    let slugged = prefix + slug(id)
    if targets[slugged] == nil { targets[slugged] = id }
  }

  /// Letters, digits, `_`, `-` and `.` kept; each run of anything else becomes one `-`.
  static func slug(_ id: String) -> String {
    var result = ""
    var inRun = false
    for scalar in id.unicodeScalars {
      let keep =
        scalar.isASCII
        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
          || "_-.".unicodeScalars.contains(scalar))
      if keep {
        result.unicodeScalars.append(scalar)
        inRun = false
      } else if !inRun {
        result += "-"
        inRun = true
      }
    }
    return result
  }
}
