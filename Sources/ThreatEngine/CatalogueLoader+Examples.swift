import DFDModel
import Yams

extension CatalogueLoader {
  /// Reads `examples: {fires: [...], quiet: [...]}`; each item is a model snippet, or
  /// `{on: TARGET, model: SNIPPET}` to check a target other than the default.
  func loadExamples(_ node: Node?, target: RuleTarget, _ what: String, _ reader: YAMLReader)
    throws -> RuleExamples
  {
    guard let node else { return RuleExamples() }
    try reader.expectKeys(node, allowed: ["fires", "quiet"], "examples of \(what)")
    return RuleExamples(
      fires: try examples(node["fires"], target, what, reader),
      quiet: try examples(node["quiet"], target, what, reader))
  }

  private func examples(_ node: Node?, _ target: RuleTarget, _ what: String, _ reader: YAMLReader)
    throws -> [RuleExample]
  {
    guard let node else { return [] }
    let items = node.sequence.map(Array.init) ?? [node]
    return try items.map { item in
      let line = item.mark?.line ?? 0
      if let text = item.scalar?.string {
        return RuleExample(on: RuleExample.defaultTarget(for: target), model: text, line: line)
      }
      try reader.expectKeys(item, allowed: ["on", "model"], "an example of \(what)")
      return RuleExample(
        on: try reader.string(item["on"], "on of an example of \(what)"),
        model: try reader.string(item["model"], "model of an example of \(what)"), line: line)
    }
  }
}
