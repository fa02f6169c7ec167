import DFDModel
import Foundation
import Reports
import Testing

/// Labels, identifiers and attribute values from a hostile model cannot break out of any diff
/// format: no terminal escapes, no raw HTML or table breaks in Markdown, valid JSON.
struct HostileDiffTests {
  static let label =
    "\u{1B}[31mred\n| cell | <script>alert(1)</script> @security-team `x` [a](javascript:b) \u{202E}rtl"

  /// A file name is shown as inline code: controls must go, the rest is inert there.
  static let fileName = "new\u{1B}[2J`x`\u{202E}.dfd"

  static var report: DiffReport {
    let old = Diagram(elements: [Element(id: "gw", kind: "gateway", category: .device)])
    let new = Diagram(
      elements: [
        Element(
          id: "gw", kind: "gateway", category: .device, label: label,
          attributes: ["note": .string(label)]),
        Element(id: "cam", kind: "camera", category: .device, label: label, boundary: "b"),
      ])
    let finding = Finding(
      rule: "R-1", target: "cam", targetKind: .element, stride: [.spoofing], severity: .high,
      title: label, why: [Evidence(path: "element.label", value: label, origin: .stated)])
    return DiffReport(
      oldName: "old.dfd", old: old, oldFindings: [], newName: fileName, new: new,
      newFindings: [finding])
  }

  @Test func textHasNoControlCharactersAndNoInjectedLines() {
    let text = DiffTextWriter().write(Self.report)
    #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    #expect(!text.split(separator: "\n").contains { $0.hasPrefix("| cell") })
    #expect(text.contains("␛[31mred␊| cell"))
  }

  @Test func markdownHasNoRawHTMLLinksOrTableBreaks() {
    let text = DiffMarkdownWriter().write(Self.report)
    #expect(!text.contains("[a](javascript"))
    #expect(!text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{202E}" })
    for line in text.split(separator: "\n") where line.hasPrefix("| ") {
      #expect(!line.hasPrefix("| cell"))
      let cells = Self.unescapedPipes(line) - 1
      #expect(cells == 3 || cells == 5 || cells == 6, "\(line)")
    }
  }

  /// JSON keeps every character but bidirectional controls, which every output shows visibly.
  @Test func jsonIsValidAndKeepsTheLabelExactly() throws {
    let text = DiffJSONWriter().write(Self.report)
    let object = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    #expect(object["new"] as? String == Self.visible(Self.fileName))
    let findings = try #require(object["findings"] as? [[String: Any]])
    #expect(findings.first?["targetLabel"] as? String == Self.visible(Self.label))
  }

  /// `text` with U+202E spelt out, as the one bidi rule of OutputEscaping shows it.
  static func visible(_ text: String) -> String {
    text.replacingOccurrences(of: "\u{202E}", with: "<U+202E>")
  }

  /// The `|` in `line` that are not escaped with a backslash.
  static func unescapedPipes(_ line: Substring) -> Int {
    var count = 0
    var escaped = false
    for character in line {
      if character == "|" && !escaped { count += 1 }
      escaped = character == "\\" && !escaped
    }
    return count
  }
}
