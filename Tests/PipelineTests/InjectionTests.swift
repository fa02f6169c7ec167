import DFDLayout
import Foundation
import FoundationXML
import Pipeline
import TestSupport
import Testing

/// A hostile model through every output the tool writes, in process: the text stays text
/// everywhere.
struct InjectionTests {
  let scratch = Scratch()

  init() throws {
    try scratch.write("hostile.dfd", HostileModel.source)
  }

  func loaded() throws -> ValidModel { try valid(scratch.path("hostile.dfd")) }

  /// Writes `text` to `name` in the scratch folder and returns its URL.
  func file(_ name: String, _ text: String) throws -> URL {
    try scratch.write(name, text)
    return scratch.folder.appendingPathComponent(name)
  }

  @Test func theModelIsValid() throws {
    let result = check(scratch.path("hostile.dfd"))
    #expect(result.valid)
    #expect(!result.text.contains("error"))
  }

  @Test func dotParsesBackToOneNodePerElementWithTheLabelsUnchanged() throws {
    let dotFile = try file("h.dot", try drawn(try loaded(), as: .dot))
    let dot = try #require(ExternalTool.find(["dot"]), "Graphviz's dot is needed")
    let json = try ExternalTool.run(dot, ["-Tjson0", dotFile.path])
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
    let svg = try drawn(try loaded(), as: .svg)
    let document = try XMLDocument(xmlString: svg, options: [])
    let root = try #require(document.rootElement())
    InertMarkup.expectInert(root)
    for (id, label) in HostileModel.labels {
      let group = try #require(try root.nodes(forXPath: "//*[@id='el-\(id)']").first)
      let text = try group.nodes(forXPath: ".//*[local-name()='text']").compactMap(\.stringValue)
        .joined(separator: " ")
      #expect(HostileModel.squeezed(text).contains(HostileModel.squeezed(label)), "\(id): \(text)")
    }
    let dom = try Chromium.dumpDOM(try file("h.svg", svg))
    #expect(dom.contains("el-api"))
    InertMarkup.expectNothingRan(dom)
  }

  @Test func htmlReportRunsNothingInChromium() async throws {
    let html = try await reportPage(try loaded(), .html)
    for payload in [
      HostileModel.script, HostileModel.image, HostileModel.svgTag, "<img", "onerror=\"",
    ] {
      #expect(!html.contains(payload))
    }
    let dom = try Chromium.dumpDOM(try file("r.html", html))
    #expect(dom.contains("finding-"))
    InertMarkup.expectNothingRan(dom)
    #expect(dom.contains("<title>Hostile &lt;script&gt;"))
  }

  @Test(arguments: ["report", "threats"])
  func markdownHasNoRawMarkupOrScriptLinks(_ command: String) async throws {
    let text =
      command == "report"
      ? try await reportPage(try loaded(), .markdown) : findingsText(try loaded(), .markdown)
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
    let csv = findingsText(try loaded(), .csv)
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

  @Test(arguments: [ThreatsFormat.json, .sarif])
  func jsonOutputsParseBackToTheSameStrings(_ format: ThreatsFormat) throws {
    let text = findingsText(try loaded(), format)
    let object = try JSONSerialization.jsonObject(with: Data(text.utf8))
    let strings = JSONStrings.all(in: object)
    let note = HostileModel.script + " =1+2 " + HostileModel.formula
    if format == .json {
      #expect(strings.contains { $0.contains(note) }, "the triage note comes back as written")
    }
    #expect(strings.contains { $0.contains("api") })
  }

  @Test(arguments: [RenderFormat.png, .pdf])
  func binaryDiagramsRender(_ format: RenderFormat) throws {
    let request = DiagramRequest()
    let data = try request.draw(try request.view(of: try loaded()), as: format).rendering.data
    #expect(data.starts(with: format == .png ? [0x89, 0x50, 0x4E, 0x47] : Array("%PDF".utf8)))
  }
}
