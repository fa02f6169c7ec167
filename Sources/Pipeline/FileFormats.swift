/// The one table from an output file's extension to the format it asks for, shared by every
/// command that writes a file (`render`, `report`, `threats`).
package enum FileFormats {
  /// Each extension (lower case, without the dot) and the format it names, as `--format`
  /// spells it; a command takes the formats it knows and ignores the others.
  package static let byExtension: [(fileExtension: String, format: String)] = [
    ("svg", "svg"), ("png", "png"), ("pdf", "pdf"), ("dot", "dot"), ("gv", "dot"),
    ("html", "html"), ("htm", "html"), ("md", "markdown"), ("markdown", "markdown"),
    ("json", "json"), ("csv", "csv"), ("sarif", "sarif"), ("txt", "table"),
  ]

  /// The format of `Format` that the extension of `path` names (`out.SVG`, `wiki/x.md`), if any.
  package static func format<Format: RawRepresentable<String>>(ofFile path: String) -> Format? {
    let name = fileExtension(of: path).lowercased()
    guard let entry = byExtension.first(where: { $0.fileExtension == name }) else { return nil }
    return Format(rawValue: entry.format)
  }

  /// The extensions that name a format of `Format`, with their dots, in the table's order.
  package static func extensions<Format: RawRepresentable<String>>(of _: Format.Type) -> [String] {
    byExtension.filter { Format(rawValue: $0.format) != nil }.map { "." + $0.fileExtension }
  }

  /// The text after the last dot of the path's last component (`svg` for `a.b/c.svg`); empty
  /// when there is none, or the only dot starts the name (`.profile`).
  package static func fileExtension(of path: String) -> String {
    let name = path.split(separator: "/", omittingEmptySubsequences: false).last ?? ""
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...])
  }
}
