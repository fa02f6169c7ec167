import DFDModel
import DFDParser
import Diagnostics
import ThreatEngine

/// Runs the `examples` of a catalogue's rules, as the test suite runs the built-in catalogue's
/// (`RuleExampleTests`): each rule alone, on each snippet, must fire on the example's target
/// for `fires` and stay quiet for `quiet`.
package struct CatalogueExamples {
  /// The catalogue the rules belong to (its vocabulary reads the snippets).
  package var catalogue: Catalogue
  /// The catalogue file, for `file:line:col` in errors.
  package var file: String
  /// The catalogue's text, to point at the line of each example.
  package var text: String

  /// Warnings a snippet may have: an element on its own (DFD402) is how element rules are shown.
  package static let toleratedCodes: Set<String> = ["DFD402"]

  package init(catalogue: Catalogue, file: String, text: String) {
    self.catalogue = catalogue
    self.file = file
    self.text = text
  }

  /// What `catalogue check FILE` finds: loads `file` on top of `base` (a failure when it does
  /// not load) and runs the examples of the rules it adds or changes; the error lines, and
  /// the summary to print when there are none.
  package static func check(_ file: String, on base: Catalogue) throws(CatalogueLoadFailure)
    -> (errors: [String], summary: String)
  {
    let text = try CatalogueReader.read(file)
    let loaded = try CatalogueReader.load(file, text: text, on: base)
    let ownRules = loaded.rules.filter { base.rule($0.id) != $0 }
    let examples = CatalogueExamples(catalogue: loaded, file: file, text: text)
      .failures(of: ownRules)
    let summary = CatalogueText.checkSummary(file, base: base, loaded: loaded)
    return (examples.errors, summary + "; \(examples.count) examples pass\n")
  }

  /// One error line per example of `rules` that fails, and how many examples ran.
  package func failures(of rules: [ThreatRule]) -> (errors: [String], count: Int) {
    var errors: [String] = []
    var count = 0
    for rule in rules {
      for (fires, examples) in [(true, rule.examples.fires), (false, rule.examples.quiet)] {
        for (index, example) in examples.enumerated() {
          count += 1
          let name = "\(fires ? "fires" : "quiet") example \(index + 1) of rule '\(rule.id)'"
          if let problem = problem(rule, example, fires: fires) {
            errors.append("\(position(example.line)): error: \(name) \(problem)")
          }
        }
      }
    }
    return (errors, count)
  }

  /// Why `example` does not behave as it says, or nil when it does.
  private func problem(_ rule: ThreatRule, _ example: RuleExample, fires: Bool) -> String? {
    // Snippets come from the catalogue: they may include nothing.
    var loader = ModelLoader(vocabulary: catalogue.vocabulary) { path in
      throw FileReadError("an example cannot include files ('\(path)')")
    }
    let model = loader.load(SourceFile(path: "example.dfd", text: example.model))
    let problems = model.diagnostics.filter { !Self.toleratedCodes.contains($0.code) }
    guard let resolved = model.resolved, problems.isEmpty else {
      let first = problems.first.map { ": \($0.code) \($0.message)" } ?? ""
      return "does not load\(first)"
    }
    let diagram = resolved.diagram
    let target = example.on
    guard
      diagram.element(target) != nil || diagram.flow(target) != nil
        || diagram.boundary(target) != nil
    else {
      return "has no element, flow or boundary '\(target)' to check"
    }
    var alone = catalogue
    alone.rules = [rule]
    let fired = Analyzer(catalogue: alone).analyze(diagram).findings.contains {
      $0.rule == rule.id && $0.target == target
    }
    if fired == fires { return nil }
    return fires ? "does not fire on '\(target)'" : "fires on '\(target)'"
  }

  /// `file:line:col` of the example at `line`: the column where that line's text starts.
  private func position(_ line: Int) -> String {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let source = line >= 1 && line <= lines.count ? lines[line - 1] : ""
    let column = (source.firstIndex { $0 != " " && $0 != "-" }).map {
      source.distance(from: source.startIndex, to: $0) + 1
    }
    return "\(file):\(max(line, 1)):\(column ?? 1)"
  }
}
