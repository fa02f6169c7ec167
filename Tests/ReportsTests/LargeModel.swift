import DFDModel
import Foundation

@testable import Reports

/// A generated model for size and speed checks: `elements` elements in `boundaries` nested
/// boundaries, three flows per element, and findings on about half the elements and flows.
enum LargeModel {
  static func input(elements: Int, boundaries: Int) -> ReportInput {
    var diagram = Diagram(info: ModelInfo(title: "Generated city platform"))
    var map = SourceMap()
    for index in 0..<boundaries {
      let parent = index == 0 ? nil : "zone\((index - 1) / 2)"
      diagram.add(TrustBoundary(id: "zone\(index)", label: "Zone \(index)", parent: parent))
    }
    let categories: [ElementCategory] = [.device, .process, .store, .external]
    for index in 0..<elements {
      let category = categories[index % categories.count]
      diagram.add(
        Element(
          id: "e\(index)", kind: category.rawValue, category: category,
          label: "Element \(index) <\(category.rawValue)>", boundary: "zone\(index % boundaries)"))
      map.declarations["e\(index)"] = SourceLocation(file: "city.dfd", line: index + 1, column: 3)
    }
    for index in 0..<(elements * 3) {
      let source = index % elements
      let target = (index * 7 + 1) % elements
      diagram.add(
        Flow(id: "f\(index)", source: "e\(source)", target: "e\(target)", label: "data \(index)"))
      map.declarations["f\(index)"] = SourceLocation(
        file: "city.dfd", line: elements + index + 1, column: 1)
    }
    var findings: [Finding] = []
    let rules = Fixture.catalogue.rules
    for (offset, element) in diagram.elements.enumerated() where offset % 2 == 0 {
      for rule in rules.prefix(3) { findings.append(finding(rule, element.id, .element, offset)) }
    }
    for (offset, flow) in diagram.flows.enumerated() where offset % 2 == 0 {
      findings.append(finding(rules[offset % rules.count], flow.id, .flow, offset))
    }
    return ReportInput(
      diagram: diagram, sourceMap: map, findings: findings, modelPath: "city.dfd",
      catalogue: Fixture.catalogue, svg: svg(diagram), generated: Fixture.generated)
  }

  private static func finding(
    _ rule: RuleDescriptor, _ target: String, _ kind: Finding.TargetKind, _ offset: Int
  ) -> Finding {
    Finding(
      rule: rule.id, target: target, targetKind: kind, stride: rule.stride,
      severity: Severity.allCases[offset % 4], status: TriageStatus.allCases[offset % 5],
      title: rule.title, description: rule.description, mitigations: rule.mitigations,
      references: rule.references, ask: "How is \(target) protected?",
      why: [Evidence(path: "flow.encrypted", value: "false", origin: .assumed)])
  }

  /// SVG shaped like the renderer's: one group per element, boundary and flow.
  static func svg(_ diagram: Diagram) -> String {
    var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4000 4000\">\n"
    for (index, boundary) in diagram.boundaries.enumerated() {
      out += "<g id=\"tb&#45;\(boundary.id)\" class=\"cluster trust&#45;boundary\">"
      out += "<title>cluster_\(boundary.id)</title><polygon fill=\"none\" stroke=\"red\" "
      out +=
        "points=\"\(index),\(index) \(4000 - index),\(index) \(4000 - index),\(4000 - index)\"/>"
      out += "</g>\n"
    }
    for (index, element) in diagram.elements.enumerated() {
      let x = (index % 40) * 100 + 50
      let y = (index / 40) * 150 + 50
      out += "<g id=\"el&#45;\(element.id)\" class=\"node element\"><title>\(element.id)</title>"
      out +=
        "<ellipse cx=\"\(x)\" cy=\"\(y)\" rx=\"40\" ry=\"18\" fill=\"white\" stroke=\"black\"/>"
      out += "<text x=\"\(x)\" y=\"\(y)\">Element \(index)</text></g>\n"
    }
    for flow in diagram.drawnFlows {
      out += "<g id=\"flow&#45;\(flow.id)\" class=\"edge flow\"><title>\(flow.source)&#45;&gt;"
      out +=
        "\(flow.target)</title><path fill=\"none\" stroke=\"black\" d=\"M0,0C10,10 20,20 30,30\"/>"
      out += "<text x=\"15\" y=\"15\">\(flow.label ?? "")</text></g>\n"
    }
    return out + "</svg>\n"
  }
}
