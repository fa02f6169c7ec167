import DFDLayout
import DFDModel
import Pipeline
import Reports
import ThreatEngine

/// The stages after a model reads without errors: analysis, DOT, and every report writer.
enum Downstream {
  static let catalogue = Catalogue.builtIn
  static let html = try? ReportRenderer(format: .html)
  static let markdown = try? ReportRenderer(format: .markdown)

  /// Runs each stage on `model`, checking invariants that hold for any input.
  static func run(_ model: ValidModel) {
    let diagram = model.diagram
    for flow in diagram.flows {
      precondition(diagram.element(flow.source) != nil, "flow \(flow.id) from an unknown element")
      precondition(diagram.element(flow.target) != nil, "flow \(flow.id) to an unknown element")
    }
    let findings = model.analyze().findings
    let dot = DOTWriter().write(diagram, findings: findings, facts: model.flowFacts())
    precondition(unescapedQuotes(in: dot) % 2 == 0, "a DOT string was not closed")
    let input = ReportBuilder.input(model, findings, catalogue)
    _ = CSVWriter().write(input)
    _ = SARIFWriter().write(input)
    _ = MarkdownTableWriter().write(input)
    _ = try? html?.render(input)
    _ = try? markdown?.render(input, diagramFile: "main.svg")
  }

  /// The number of `"` in `text` that no backslash escapes.
  static func unescapedQuotes(in text: String) -> Int {
    var count = 0
    var escaped = false
    for byte in text.utf8 {
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "\"") {
        count += 1
      }
    }
    return count
  }
}
