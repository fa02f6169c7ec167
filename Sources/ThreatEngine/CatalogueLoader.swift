import DFDModel
import Yams

/// Reads a catalogue in the YAML format documented in docs/catalogue.md.
public struct CatalogueLoader: Sendable {
  /// The file name used in errors.
  public let file: String

  public init(file: String) {
    self.file = file
  }

  /// Parses catalogue text on top of `base`; every problem names the file, line and column.
  ///
  /// The text extends the base's kinds, attributes, protocols, references and rules; a rule with
  /// an existing id replaces it.
  public func load(_ text: String, base: Catalogue? = nil) throws -> Catalogue {
    let reader = YAMLReader(file: file)
    do {
      try YAMLBounds.check(text)
    } catch {
      throw CatalogueError(
        file: file, line: error.line + 1, column: error.column + 1, message: error.message)
    }
    let root: Node
    do {
      guard let node = try Yams.compose(yaml: text, .basic) else {
        throw reader.error("the catalogue is empty", at: nil)
      }
      root = node
    } catch let error as YamlError {
      throw Self.error(from: error, file: file, text: text)
    }
    guard root.mapping != nil else { throw reader.error("a catalogue must be a mapping", at: root) }
    try reader.expectKeys(root, allowed: Self.sections, "a catalogue")
    let header = root["catalogue"]
    var vocabulary = base?.vocabulary ?? Vocabulary()
    for kind in try loadKinds(root["kinds"], reader) { vocabulary.add(kind) }
    for attribute in try loadAttributes(root["attributes"], reader) { vocabulary.add(attribute) }
    for item in try loadProtocols(root["protocols"], reader) { vocabulary.add(item) }
    try checkKindParents(vocabulary, root["kinds"], reader)
    var catalogue = Catalogue(
      id: try reader.optionalString(header?["id"], "catalogue id") ?? base?.id ?? file,
      version: try reader.optionalString(header?["version"], "catalogue version") ?? "",
      title: try reader.optionalString(header?["title"], "catalogue title") ?? base?.title ?? "",
      vocabulary: vocabulary, rules: base?.rules ?? [], references: base?.references ?? [:],
      derived: base?.derived ?? [:])
    try loadReferences(root["references"], into: &catalogue, reader)
    try loadDerived(root["derived"], into: &catalogue, reader)
    try loadRules(root["threats"], into: &catalogue, reader)
    try disable(root["disable"], in: &catalogue, reader)
    return catalogue
  }

  static let sections: Set<String> = [
    "catalogue", "stride", "kinds", "attributes", "derived", "protocols", "references", "threats",
    "disable",
  ]

  private func loadKinds(_ node: Node?, _ reader: YAMLReader) throws -> [KindDefinition] {
    try reader.mapping(node, "kinds").map { name, _, value in
      try reader.expectKeys(
        value, allowed: ["category", "is", "builtin", "description"], "kind '\(name)'")
      let categoryName = try reader.string(value["category"], "category of kind '\(name)'")
      guard let category = ElementCategory(rawValue: categoryName) else {
        throw reader.error(
          "unknown category '\(categoryName)' for kind '\(name)'; expected external, process, device or store",
          at: value["category"])
      }
      return KindDefinition(
        name: name, category: category,
        parent: try reader.optionalString(value["is"], "parent of kind '\(name)'"),
        summary: try reader.optionalString(value["description"], "description") ?? "")
    }
  }

  private func checkKindParents(_ vocabulary: Vocabulary, _ node: Node?, _ reader: YAMLReader)
    throws
  {
    for (name, keyNode, value) in try reader.mapping(node, "kinds") {
      guard let parent = vocabulary.kinds[name]?.parent else { continue }
      guard vocabulary.kinds[parent] != nil else {
        throw reader.error("kind '\(name)' is a '\(parent)', which is not a kind", at: value["is"])
      }
      let lineage = vocabulary.lineage(of: name)
      if let last = lineage.last, let next = vocabulary.kinds[last]?.parent, lineage.contains(next)
      {
        throw reader.error("kind '\(name)' is part of a cycle of 'is' links", at: keyNode)
      }
    }
  }

  private func loadProtocols(_ node: Node?, _ reader: YAMLReader) throws -> [ProtocolDefinition] {
    try reader.mapping(node, "protocols").map { name, _, value in
      try reader.expectKeys(
        value, allowed: ["medium", "cleartext", "implies", "note"], "protocol '\(name)'")
      return ProtocolDefinition(
        name: name, medium: try reader.optionalString(value["medium"], "medium"),
        cleartext: try reader.bool(value["cleartext"], "cleartext") ?? false,
        implies: try reader.strings(value["implies"], "implies"),
        note: try reader.optionalString(value["note"], "note") ?? "")
    }
  }

  /// Yams' error as one line at its position: the problem, without the excerpt of the text that
  /// Yams' own description adds (the caller shows the file's position instead).
  static func error(from error: YamlError, file: String, text: String) -> CatalogueError {
    switch error {
    case .reader(let problem, let offset, _, _):
      let before = text.utf8.prefix(max(0, offset ?? 0))
      let line = before.count(where: { $0 == UInt8(ascii: "\n") }) + 1
      let lineStart = before.lastIndex(of: UInt8(ascii: "\n")).map { before.index(after: $0) }
      let column = before[(lineStart ?? before.startIndex)...].count + 1
      return CatalogueError(file: file, line: line, column: column, message: problem)
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return CatalogueError(file: file, line: mark.line, column: mark.column, message: problem)
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return CatalogueError(
        file: file, line: context.mark.line, column: context.mark.column,
        message: "duplicate keys \(keys) in a mapping")
    default:
      let firstLine = "\(error)".split(separator: "\n").first.map(String.init) ?? ""
      return CatalogueError(file: file, line: 1, column: 1, message: firstLine)
    }
  }
}
