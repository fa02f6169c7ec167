import Diagnostics
import Yams

/// Reads a composed YAML tree, turning every mismatch into a diagnostic (DFD704) at the node.
struct YAMLReader {
  let source: SourceFile

  func error(_ message: String, at node: Node?) -> Diagnostic {
    .catalogueContent(message, at: range(of: node))
  }

  /// The pairs of a mapping, keys as strings, in file order.
  func mapping(_ node: Node?, _ what: String) throws -> [(key: String, keyNode: Node, value: Node)]
  {
    guard let node else { return [] }
    guard let mapping = node.mapping else { throw error("\(what) must be a mapping", at: node) }
    return try mapping.map { pair in
      guard let key = pair.key.scalar?.string else {
        throw error("\(what) keys must be plain names", at: pair.key)
      }
      return (key, pair.key, pair.value)
    }
  }

  /// The most bytes one text value may hold: 8 KiB.
  ///
  /// That is over 30 times the built-in catalogue's longest (242 bytes). Rule texts are copied into every finding, so this bounds the output a
  /// catalogue can make per finding as `YAMLBounds` bounds the catalogue itself.
  static let maximumTextBytes = 8 << 10

  func string(_ node: Node?, _ what: String) throws -> String {
    guard let node else { throw error("missing \(what)", at: nil) }
    guard let text = node.scalar?.string else { throw error("\(what) must be text", at: node) }
    guard text.utf8.count <= Self.maximumTextBytes else {
      throw error(
        "\(what) is longer than \(Self.maximumTextBytes >> 10) KiB (\(text.utf8.count) bytes)",
        at: node)
    }
    return text
  }

  func optionalString(_ node: Node?, _ what: String) throws -> String? {
    guard let node else { return nil }
    return try string(node, what)
  }

  func bool(_ node: Node?, _ what: String) throws -> Bool? {
    guard let node else { return nil }
    switch node.scalar?.string {
    case "true": return true
    case "false": return false
    default: throw error("\(what) must be true or false", at: node)
    }
  }

  /// A sequence of plain strings; a single scalar reads as a list of one.
  func strings(_ node: Node?, _ what: String) throws -> [String] {
    guard let node else { return [] }
    if let text = node.scalar?.string { return [text] }
    guard let sequence = node.sequence else { throw error("\(what) must be a list", at: node) }
    return try sequence.map { try string($0, what) }
  }

  /// Fails on keys a mapping may not have, naming the ones it may.
  func expectKeys(_ node: Node, allowed: Set<String>, _ what: String) throws {
    for (key, keyNode, _) in try mapping(node, what) where !allowed.contains(key) {
      throw error(
        "unknown field '\(key)' in \(what); expected one of \(allowed.sorted().joined(separator: ", "))",
        at: keyNode)
    }
  }
}
