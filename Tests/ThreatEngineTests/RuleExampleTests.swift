import DFDModel
import Testing
import ThreatEngine

/// One example of one rule, as a test argument.
struct RuleExampleCase: CustomTestStringConvertible, Sendable {
  var rule: ThreatRule
  var example: RuleExample
  var fires: Bool

  var testDescription: String {
    "\(rule.id) \(fires ? "fires" : "quiet") on \(example.on) (catalogue line \(example.line))"
  }

  static let all: [RuleExampleCase] = Catalogue.builtIn.rules.flatMap { rule in
    rule.examples.fires.map { RuleExampleCase(rule: rule, example: $0, fires: true) }
      + rule.examples.quiet.map { RuleExampleCase(rule: rule, example: $0, fires: false) }
  }
}

struct RuleExampleTests {
  @Test func everyRuleHasAFiringAndAQuietExample() {
    for rule in Catalogue.builtIn.rules {
      #expect(!rule.examples.fires.isEmpty, "\(rule.id) has no firing example")
      #expect(!rule.examples.quiet.isEmpty, "\(rule.id) has no quiet example")
    }
  }

  @Test(arguments: RuleExampleCase.all)
  func example(_ item: RuleExampleCase) throws {
    let (diagram, _) = try ModelText.diagram(item.example.model)
    let target = item.example.on
    let exists =
      diagram.element(target) != nil || diagram.flow(target) != nil
      || diagram.boundary(target) != nil
    #expect(exists, "the example has no target '\(target)'")
    var catalogue = Catalogue.builtIn
    catalogue.rules = [item.rule]
    let fired = Analyzer(catalogue: catalogue).analyze(diagram).findings.contains {
      $0.rule == item.rule.id && $0.target == target
    }
    #expect(fired == item.fires, "\(item.testDescription):\n\(item.example.model)")
  }
}
