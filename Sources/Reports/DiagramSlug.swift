import OutputEscaping

/// How the report finds a model item's group in renderer SVG: `<prefix><id>` for plain
/// identifiers, and the renderer's slug (`SVGIdentifier`) otherwise.
enum DiagramSlug {
  /// Records the group ids that may draw `id`.
  static func register(_ prefix: String, _ id: String, in targets: inout [String: String]) {
    targets[prefix + SVGIdentifier.slug(id)] = id
    if targets[prefix + id] == nil { targets[prefix + id] = id }
  }
}
