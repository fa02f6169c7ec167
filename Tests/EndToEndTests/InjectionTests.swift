import Foundation
import FoundationXML
import TestSupport
import Testing

/// A hostile model through every output the tool writes: the text stays text everywhere.
struct InjectionTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-inject-\(UUID())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    try? HostileModel.source.write(
      to: url.appendingPathComponent("hostile.dfd"), atomically: true, encoding: .utf8)
    return url
  }()

  func run(_ arguments: [String]) throws -> Binary.Result {
    let result = try Binary.run(arguments, in: folder, environment: ["NO_COLOR": "1"])
    #expect(result.status == 0, "\(arguments): \(result.stderr)")
    return result
  }

  func output(_ arguments: [String], file: String) throws -> String {
    _ = try run(arguments + ["-o", file])
    return try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
  }

  @Test func theModelIsValid() throws {
    let result = try run(["check", "hostile.dfd"])
    #expect(!result.stderr.contains("error"))
  }

  @Test func dotParsesBackToOneNodePerElementWithTheLabelsUnchanged() throws {
    _ = try output(["render", "hostile.dfd", "--format", "dot"], file: "h.dot")
    let dot = try #require(ExternalCommand.find("dot"), "Graphviz's dot is needed")
    let json = try ExternalCommand.run(
      dot, ["-Tjson0", folder.appendingPathComponent("h.dot").path])
    #expect(json.status == 0, "dot could not read the DOT: \(json.stderr)")
    let graph = try #require(
      try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
    let objects = try #require(graph["objects"] as? [[String: Any]])
    let nodes = objects.filter { $0["nodes"] == nil }
    #expect(Set(nodes.compactMap { $0["name"] as? String }) == Set(HostileModel.labels.map(\.id)))
    #expect(nodes.count == HostileModel.labels.count)
    #expect(objects.count - nodes.count == 1, "one cluster, for the one boundary")
    #expect((graph["edges"] as? [Any])?.count == 3)
    for (id, label) in HostileModel.labels {
      let node = try #require(nodes.first { $0["name"] as? String == id })
      let shown = DOTLabel.visibleText(try #require(node["label"] as? String))
      #expect(
        HostileModel.squeezed(shown).contains(HostileModel.squeezed(label)), "\(id): \(shown)")
    }
  }

  @Test func svgIsWellFormedInertAndShowsTheLabels() throws {
    let svg = try output(["render", "hostile.dfd", "--format", "svg"], file: "h.svg")
    let document = try XMLDocument(xmlString: svg, options: [])
    let root = try #require(document.rootElement())
    InertMarkup.expectInert(root)
    for (id, label) in HostileModel.labels {
      let group = try #require(try root.nodes(forXPath: "//*[@id='el-\(id)']").first)
      let text = try group.nodes(forXPath: ".//*[local-name()='text']").compactMap(\.stringValue)
        .joined(separator: " ")
      #expect(HostileModel.squeezed(text).contains(HostileModel.squeezed(label)), "\(id): \(text)")
    }
    let dom = try Chromium.dumpDOM(folder.appendingPathComponent("h.svg"))
    #expect(dom.contains("el-api"))
    InertMarkup.expectNothingRan(dom)
  }

  @Test func htmlReportRunsNothingInChromium() throws {
    let html = try output(["report", "hostile.dfd", "--format", "html"], file: "r.html")
    for payload in [
      HostileModel.script, HostileModel.image, HostileModel.svgTag, "<img", "onerror=\"",
    ] {
      #expect(!html.contains(payload))
    }
    let dom = try Chromium.dumpDOM(folder.appendingPathComponent("r.html"))
    #expect(dom.contains("finding-"))
    InertMarkup.expectNothingRan(dom)
    #expect(dom.contains("<title>Hostile &lt;script&gt;"))
  }

  @Test(arguments: [["report", "--format", "markdown"], ["threats", "--format", "markdown"]])
  func markdownHasNoRawMarkupOrScriptLinks(_ command: [String]) throws {
    let text: String
    if command[0] == "report" {
      text = try output([command[0], "hostile.dfd"] + command.dropFirst(), file: "r.md")
    } else {
      text = try run([command[0], "hostile.dfd"] + command.dropFirst()).stdout
    }
    for payload in ["<script", "<img", "<svg", "<b id", "<!--"] {
      #expect(!text.contains(payload), "\(command): \(payload)")
    }
    #expect(text.contains("\\](javascript:"), "the hostile link is there, escaped")
    #expect(!text.contains(/[^\\]\]\(javascript:/), "a live javascript: link")
    for line in text.split(separator: "\n") where line.hasPrefix("|") {
      let cells = line.replacing("\\|", with: "").split(
        separator: "|", omittingEmptySubsequences: false)
      #expect(cells.count >= 3, "a table row lost its cells: \(line)")
    }
  }

  @Test func csvCellsCannotBeFormulas() throws {
    let csv = try run(["threats", "hostile.dfd", "--format", "csv"]).stdout
    let rows = CSVText.rows(csv)
    let width = try #require(rows.first?.count)
    #expect(rows.count > 3)
    for row in rows {
      #expect(row.count == width, "\(row)")
      for cell in row {
        #expect(
          !["=", "+", "-", "@", "\t", "\r"].contains(cell.first.map(String.init) ?? ""), "\(cell)")
      }
    }
    #expect(
      csv.contains("'=cmd|' /C calc'!A0") || csv.contains("'+1 @SUM(A1)") || csv.contains("'="))
  }

  @Test(arguments: ["json", "sarif"])
  func jsonOutputsParseBackToTheSameStrings(_ format: String) throws {
    let text = try run(["threats", "hostile.dfd", "--format", format]).stdout
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    let strings = JSONStrings.all(in: object)
    let note = HostileModel.script + " =1+2 " + HostileModel.formula
    if format == "json" {
      #expect(strings.contains { $0.contains(note) }, "the triage note comes back as written")
    }
    #expect(strings.contains { $0.contains("api") })
  }

  @Test(arguments: ["png", "pdf"])
  func binaryDiagramsRender(_ format: String) throws {
    _ = try run(["render", "hostile.dfd", "--format", format, "-o", "h.\(format)"])
    let data = try Data(contentsOf: folder.appendingPathComponent("h.\(format)"))
    #expect(data.starts(with: format == "png" ? [0x89, 0x50, 0x4E, 0x47] : Array("%PDF".utf8)))
  }
}

/// Escape sequences and bidirectional overrides in model or catalogue text never reach a
/// terminal: not in diagnostics, the findings table, catalogue listings or Graphviz warnings.
struct TerminalInjectionTests {
  @Test func controlCharactersInTextOutputsAreMadeVisible() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-esc-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let model = #"""
      service api "A \u{1B}]0;pwned\u{7} \u{202E}x \u{9B}31m"
      user u "U"
      u -> api "login \u{1B}[31m" [protocol: http]
      """#
    try model.write(to: folder.appendingPathComponent("esc.dfd"), atomically: true, encoding: .utf8)
    let catalogue =
      "threats:\n  - id: U-1\n    title: \"Evil \\e[2J title\"\n    stride: [tampering]\n"
      + "    target: element\n    when: \"true\"\n    severity: low\n"
    try catalogue.write(
      to: folder.appendingPathComponent("c.yaml"), atomically: true, encoding: .utf8)
    for arguments in [
      ["threats", "esc.dfd"], ["threats", "esc.dfd", "--format", "csv"],
      ["threats", "esc.dfd", "--format", "markdown"], ["check", "esc.dfd", "--warnings-as-errors"],
      ["catalogue", "list", "--catalogue", "c.yaml"],
      ["catalogue", "show", "U-1", "--catalogue", "c.yaml"],
    ] {
      let result = try Binary.run(arguments, in: folder, environment: ["NO_COLOR": "1"])
      for (name, text) in [("stdout", result.stdout), ("stderr", result.stderr)] {
        #expect(!text.contains("\u{1B}"), "\(arguments) \(name) carries ESC")
        #expect(
          !text.contains("\u{7}") && !text.contains("\u{9B}") && !text.contains("\u{202E}"),
          "\(arguments) \(name) carries a control character")
      }
    }
  }
}
