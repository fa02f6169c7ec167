import DFDModel
import Foundation
import Testing

@testable import ThreatEngine

/// FindingsJSONWriter writes what JSONEncoder would: strings escaped the same way, and a
/// finding's object (optional members, empty arrays, nesting) exactly as the encoder lays it out.
@Suite struct FindingsJSONWriterTests {
  @Test(arguments: [
    "", "plain", "say \"hi\"", "back\\slash", "a/b</script>", "two\nlines", "cr\r\n", "tab\t",
    "bell\u{7}", "nul\u{0}", "esc\u{1B}[31m", "del\u{7F}", "\u{2028}\u{2029}", "é — 🛰️",
    "\"\u{200D}", "\u{85}",
  ])
  func stringsAreEscapedAsJSONEncoderDoes(_ text: String) {
    var writer = FindingsJSONWriter(sourceMap: nil)
    writer.string(text)
    #expect(writer.bytes == FindingsJSONWriter.encoded(text))
  }

  @Test func aFindingIsLaidOutAsJSONEncoderLaysItOut() throws {
    let triage = Triage(
      rule: "SCP-T-001", target: "a->b", status: .accepted,
      attributes: ["note": .string("Risk \"owned\"\nby ops"), "ticket": .string("RISK-1")])
    let finding = Finding(
      rule: "SCP-T-001", target: "a->b", targetKind: .flow, stride: [.tampering, .spoofing],
      severity: .high, status: .accepted, title: "Tampering", description: "Why",
      mitigations: [], references: [Reference(system: "cwe", id: "CWE-1")],
      ask: "Ask?", why: [Evidence(path: "flow.encrypted", value: "false", origin: .assumed)],
      triage: triage, basis: .presumed, linddun: .dataDisclosure,
      clearedBy: ["state `encrypted` on `a->b`"])
    var writer = FindingsJSONWriter(sourceMap: nil)
    writer.writeArray([finding, finding], indent: 2)
    let expected = try Self.encoded([Oracle(finding), Oracle(finding)])
    // JSONEncoder writes a top-level array at indent 0; ours sits at indent 2 in the document.
    let reindented = expected.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated().map {
        $0.offset == 0 || $0.element.isEmpty ? String($0.element) : "  " + $0.element
      }
      .joined(separator: "\n")
    #expect(String(decoding: writer.bytes, as: UTF8.self) == reindented)
  }

  private static func encoded<Value: Encodable>(_ value: Value) throws -> String {
    String(decoding: try FindingsJSON.encoder().encode(value), as: UTF8.self)
  }

  /// A finding's members as the JSON document defines them, for JSONEncoder to lay out.
  private struct Oracle: Encodable {
    var id, rule, target, targetKind: String
    var stride: [String]
    var severity, status, title, description: String
    var mitigations: [String]
    var references: [Reference]
    var ask: String?
    var why: [Evidence]
    var note, by, date, ticket: String?
    var basis: String
    var linddun: String?
    var clearedBy: [String]?

    init(_ finding: Finding) {
      id = finding.id
      rule = finding.rule
      target = finding.target
      targetKind = finding.targetKind.rawValue
      stride = finding.stride.map(\.rawValue)
      severity = finding.severity.rawValue
      status = finding.status.rawValue
      title = finding.title
      description = finding.description
      mitigations = finding.mitigations
      references = finding.references
      ask = finding.ask
      why = finding.why
      note = finding.triage?.note
      by = finding.triage?.by
      date = finding.triage?.date
      ticket = finding.triage?.ticket
      basis = finding.basis.rawValue
      linddun = finding.linddun?.rawValue
      clearedBy = finding.clearedBy.isEmpty ? nil : finding.clearedBy
    }
  }
}
