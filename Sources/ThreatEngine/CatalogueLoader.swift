import DFDModel
import Diagnostics
import Yams

/// Reads a catalogue in the YAML format documented in docs/catalogue.md.
public struct CatalogueLoader: Sendable {
  /// The file name used in errors.
  public let file: String

  public init(file: String) {
    self.file = file
  }

  /// Parses catalogue text on top of `base`; the first problem is thrown, at its place.
  ///
  /// The text extends the base's kinds, attributes, protocols, references and rules; a rule with
  /// an existing id replaces it.
  public func load(_ text: String, base: Catalogue? = nil) throws(Diagnostic) -> Catalogue {
    let source = SourceFile(path: file, text: text)
    do {
      return try load(text, source, base: base)
    } catch let diagnostic as Diagnostic {
      throw diagnostic
    } catch {
      throw .catalogueContent("\(error)", at: SourceRange(file: file, start: 0, end: 0))
    }
  }

  private func load(_ text: String, _ source: SourceFile, base: Catalogue?) throws -> Catalogue {
    let reader = YAMLReader(source: source)
    let root: Node
    do {
      guard let node = try YAMLBounds.compose(text) else {
        throw reader.error("the catalogue is empty", at: nil)
      }
      root = node
    } catch let violation as YAMLBounds.Violation {
      throw Diagnostic.catalogueTooLarge(
        violation.message, at: reader.range(line: violation.line, column: violation.column))
    } catch let error as YamlError {
      throw Self.diagnostic(from: error, reader, text: text)
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

  /// Yams' error at its position: the problem, without the excerpt of the text that Yams' own
  /// description adds (the renderer shows the source line instead).
  static func diagnostic(from error: YamlError, _ reader: YAMLReader, text: String) -> Diagnostic {
    switch error {
    case .reader(let problem, let offset, _, _):
      // Yams counts the offset in characters.
      let start = text.prefix(max(0, offset ?? 0)).utf8.count
      return .catalogueYAML(
        problem, at: SourceRange(file: reader.source.path, start: start, end: start))
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
      .composer(_, let problem, let mark, _):
      return .catalogueYAML(problem, at: reader.range(line: mark.line, column: mark.column))
    case .duplicatedKeysInMapping(let duplicates, let context):
      let keys = duplicates.sorted().map { "'\($0)'" }.joined(separator: ", ")
      return .catalogueYAML(
        "duplicate keys \(keys) in a mapping",
        at: reader.range(line: context.mark.line, column: context.mark.column))
    default:
      let firstLine = "\(error)".split(separator: "\n").first.map(String.init) ?? ""
      return .catalogueYAML(firstLine, at: reader.range(line: 1, column: 1))
    }
  }
}
