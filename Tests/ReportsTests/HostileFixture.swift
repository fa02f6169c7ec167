import DFDModel
import Foundation

@testable import Reports

/// A model whose every string tries to run script or break the layout.
enum HostileFixture {
  static let script = "<script>document.title='PWNED'</script>"
  static let image =
    "<img src=x onerror=\"document.body.appendChild(Object.assign(document.createElement('b'),{id:'pwned'}))\">"
  static let link = "[click](javascript:document.title='PWNED')"
  static let breakers = "a|b\nc\"d`e]]></td></tr></table><svg onload=\"document.title='PWNED'\">"

  static var input: ReportInput {
    let label = script + image + link + breakers
    var diagram = Diagram(
      info: ModelInfo(
        title: "Hostile " + script,
        attributes: ["owner": .string(image), "version": .string(breakers)]))
    diagram.add(TrustBoundary(id: "zone", label: label))
    diagram.add(
      Element(id: "evil", kind: "cms", category: .process, label: label, boundary: "zone"))
    diagram.add(Element(id: "victim", kind: "database", category: .store, label: "Victim " + image))
    diagram.add(Flow(id: "f1", source: "evil", target: "victim", label: breakers))
    let triage = Triage(
      rule: "SCP-X-001", target: "evil", status: .accepted,
      attributes: [
        "note": .string(label), "ticket": .string(link), "by": .string(label),
        "date": .string(breakers),
      ])
    diagram.triage = [triage]
    let findings = [
      Finding(
        rule: "SCP-X-001", target: "evil", targetKind: .element, stride: [.spoofing],
        severity: .critical,
        status: .accepted, title: label, description: label, mitigations: [label, link],
        references: [Reference(system: script, id: image, title: breakers)], ask: label,
        why: [Evidence(path: "element." + script, value: image, origin: .stated, detail: breakers)],
        triage: triage),
      Finding(
        rule: "SCP-X-002", target: "f1", targetKind: .flow, stride: [.tampering], severity: .high,
        title: image, description: breakers, ask: link),
      Finding(
        rule: "=cmd|' /C calc'!A0", target: "x\" onmouseover=\"document.title='PWNED'",
        targetKind: .element,
        stride: [.tampering], severity: .low, title: "-2+3", description: "@SUM(1)"),
    ]
    let svg = """
      <?xml version="1.0"?><!DOCTYPE svg [<!ENTITY x "y">]>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" onload="document.title='PWNED'">
      <script>document.title='PWNED'</script>
      <g id="el&#45;evil" class="node element process" onclick="document.title='PWNED'"><title>evil</title>
      <ellipse cx="50" cy="50" rx="40" ry="20" fill="white" stroke="black"/>
      <a href="jav&#x61;script:document.title='PWNED'"><text x="50" y="50">evil</text></a></g>
      <g id="el-victim" class="node element store"><rect x="120" y="30" width="60" height="40" fill="white" stroke="black"/>
      <foreignObject><img src="x" onerror="document.title='PWNED'"/></foreignObject>
      <set attributeName="href" to="javascript:document.title='PWNED'"/>
      <![CDATA[ <script>document.title='PWNED'</script> ]]></g>
      </svg>
      """
    return ReportInput(
      diagram: diagram, findings: findings, modelPath: "hostile <script>.dfd",
      catalogue: CatalogueInfo(id: "x", version: "1", title: script), svg: svg,
      generated: Fixture.generated)
  }
}
