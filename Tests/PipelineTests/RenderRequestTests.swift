import DFDLayout
import Foundation
import Pipeline
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// What `render` draws and writes, in process: formats, options, focus, overview, attack paths
/// and the output file. (EndToEndTests.RenderTests keeps the terminal, PATH and fresh processes.)
struct RenderRequestTests {
  let scratch = Scratch()
  static let lighting = sample("street-lighting.dfd")
  static let carPark = sample("car-park-cctv.dfd")
  static let samples: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: samplesFolder.path)) ?? []
    return names.filter { $0.hasSuffix(".dfd") }.sorted()
  }()

  @Test(arguments: samples)
  func sampleSVGHasTheClassesAStylesheetNeeds(_ name: String) throws {
    let loaded = try valid(sample(name))
    let svg = try drawn(loaded, as: .svg)
    #expect(try drawn(loaded, as: .svg) == svg)
    let document = try XMLDocument(data: Data(svg.utf8), options: [])
    let groups = try document.nodes(forXPath: "//*[local-name()='g']").compactMap {
      $0 as? XMLElement
    }
    let classes = groups.map { group in
      group.attributes?.first { $0.name == "class" }?.stringValue ?? ""
    }
    #expect(classes.contains { $0.hasPrefix("node element ") })
    #expect(classes.contains { $0.hasPrefix("cluster trust-boundary boundary-") })
    #expect(classes.contains { $0.hasPrefix("edge flow") })
  }

  @Test(arguments: [
    ("pdf", Array("%PDF-".utf8)), ("svg", Array("<?xml".utf8)), ("gv", Array("digraph".utf8)),
  ])
  func formatFollowsTheExtension(_ fileExtension: String, _ signature: [UInt8]) throws {
    let out = scratch.path("d.\(fileExtension)")
    try write(Self.lighting, to: out)
    #expect(try Data(contentsOf: URL(fileURLWithPath: out)).starts(with: signature))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: scratch.folder.path)
        == ["d.\(fileExtension)"])
  }

  /// Draws the model at `path` and writes it to `output` as `render -o output` does.
  func write(_ path: String, to output: String) throws {
    let target = try RenderTarget(
      output: output, format: nil, model: path, stdoutIsTerminal: false)
    let request = DiagramRequest()
    let drawing = try request.draw(try request.view(of: try valid(path)), as: target.format)
    #expect(drawing.warnings.isEmpty, "\(drawing.warnings)")
    try target.write(drawing.rendering.data)
  }

  @Test func outputNamingTheModelIsRefused() throws {
    let text = "model \"M\"\nuser u \"U\"\nservice s \"S\"\nu -> s \"Login\" [protocol: https]\n"
    try scratch.write("m.dfd", text)
    let model = scratch.path("m.dfd")
    let failure = pipelineFailure {
      _ = try RenderTarget(output: model, format: .svg, model: model, stdoutIsTerminal: false)
    }
    #expect(failure?.status == 2)
    #expect(failure?.text.contains("refusing to overwrite the model") == true)
    #expect(try String(contentsOfFile: model, encoding: .utf8) == text)
  }

  @Test func dotOutputHonoursTheDrawingOptions() throws {
    let loaded = try valid(Self.lighting)
    var request = DiagramRequest()
    request.showThreats = false
    request.showLegend = false
    request.direction = .topToBottom
    request.fast = true
    let plain = try drawn(loaded, request, as: .dot)
    #expect(plain.contains("rankdir=\"TB\";"))
    #expect(plain.contains("mclimit=\"0.1\";"))
    #expect(!plain.contains("Legend"))
    #expect(!plain.contains(" · "))
    let full = try drawn(loaded, as: .dot)
    #expect(full.contains(">Legend<") && full.contains(">Threats<"))
    // The analyser's open findings become badges such as "STI 3 · high" on elements and flows.
    let badges = full.split(separator: "\n").filter {
      $0.contains(" · ") && $0.contains("id=\"el-")
    }
    #expect(badges.count > 5)
    #expect(full.contains("rankdir=\"LR\";"))
    #expect(!full.contains("mclimit"))
  }

  @Test func focusNarrowsTheDiagram() throws {
    let loaded = try valid(Self.lighting)
    var request = DiagramRequest()
    request.focus = "nowhere-at-all"
    let unknown = pipelineFailure { _ = try request.view(of: loaded) }
    #expect(unknown?.status == 2)
    #expect(
      unknown?.text.contains("error: --focus: no element or boundary 'nowhere-at-all' in") == true)
    request.focus = "council-dcc"
    let typo = pipelineFailure { _ = try request.view(of: loaded) }
    #expect(typo?.text.contains("= note: did you mean 'council-dc'?") == true)
    // A word from the display names, as a newcomer types it, lists who holds it.
    request.focus = "gateway"
    let word = pipelineFailure { _ = try request.view(of: loaded) }
    #expect(
      word?.text.contains(
        "= note: 'gateway' is in the names of 'gw-townhall' (LoRaWAN gateway, town hall roof), ")
        == true)
    #expect(unknown?.text.contains("= note") == false)
    // A value or a display name cannot start a line of its own or colour the terminal.
    let hostile = PipelineFailure.unknownName(
      option: "--focus", what: "element or boundary", name: "gate\nerror: forged",
      in: "in m.dfd", candidates: ["gw"], labels: ["gw": "gate\nerror: forged \u{1B}[31mred"])
    #expect(hostile.text.split(separator: "\n").count == 2)
    #expect(!hostile.text.contains("\u{1B}") && hostile.text.hasSuffix("\n"))
    request.focus = "council-dc"
    let part = try drawn(loaded, request, as: .dot)
    let full = try drawn(loaded, as: .dot)
    let edges = { (text: String) in text.split(separator: "\n").count { $0.contains(" -> ") } }
    #expect(edges(full) > 2)
    #expect(edges(part) < edges(full))
  }

  @Test func symbolicLinksAreFollowedAndKept() throws {
    try scratch.write("real.svg", "old")
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path("link.svg"), withDestinationPath: scratch.path("real.svg"))
    try write(Self.lighting, to: scratch.path("link.svg"))
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("link.svg"))
        == scratch.path("real.svg"))
    #expect(
      try String(contentsOfFile: scratch.path("real.svg"), encoding: .utf8).hasPrefix("<?xml"))
  }

  @Test func pipesAreWrittenInPlaceNotReplaced() throws {
    let fifo = scratch.path("pipe.gv")
    #expect(mkfifo(fifo, 0o600) == 0)
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/cat")
    reader.arguments = [fifo]
    let output = Pipe()
    reader.standardOutput = output
    try reader.run()
    try write(Self.lighting, to: fifo)
    let data = output.fileHandleForReading.readDataToEndOfFile()
    reader.waitUntilExit()
    #expect(String(decoding: data, as: UTF8.self).hasPrefix("digraph"))
    var status = stat()
    #expect(stat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
  }

  @Test func bigModelsGetTheFastPresetUnlessTold() throws {
    var text = "model \"Big\"\n"
    for index in 0..<500 { text += "service s\(index) \"Service \(index)\"\n" }
    for index in 1..<500 { text += "s\(index - 1) -> s\(index) \"Call\" [protocol: https]\n" }
    try scratch.write("big.dfd", text)
    let loaded = try valid(scratch.path("big.dfd"))
    #expect(try drawn(loaded, as: .dot).contains("mclimit=\"0.1\";"))
    var request = DiagramRequest()
    request.fast = false
    #expect(try !drawn(loaded, request, as: .dot).contains("mclimit"))
    request = DiagramRequest()
    request.focus = "s7"
    let small = try drawn(loaded, request, as: .dot)
    #expect(!small.contains("mclimit"))
    #expect(small.split(separator: "\n").count { $0.contains(" -> ") } == 2)
  }

  @Test func pathsAreListedAndDrawn() throws {
    var request = DiagramRequest()
    request.paths = true
    let loaded = try valid(Self.carPark)
    let view = try request.view(of: loaded)
    #expect(
      view.pathLines.contains(
        "P2 from the supplier: tech → vendor-rap → site-nvr → router-4g → barrier"))
    #expect(view.pathLines.count <= DiagramRequest.pathsDrawn)
    #expect(try drawn(loaded, request, as: .dot).contains("attack-path"))
  }

  @Test func aModelWithoutPathsFailsSayingWhy() throws {
    var request = DiagramRequest()
    request.paths = true
    let loaded = try valid(sample("include-demo/main.dfd"))
    let failure = pipelineFailure { _ = try request.view(of: loaded) }
    #expect(failure?.status == 2)
    #expect(
      failure?.text.contains("--paths: no path leads from the internet or a supplier") == true)
  }

  @Test func theOverviewDrawsTheWholeModelOnly() throws {
    let loaded = try valid(Self.carPark)
    var request = DiagramRequest()
    request.overview = true
    #expect(
      try drawn(loaded, request, as: .dot).contains("Quayside multi-storey car park (6 elements)"))
    request.focus = "barrier"
    let refused = pipelineFailure { _ = try request.view(of: loaded) }
    #expect(refused?.status == 2)
    #expect(refused?.text.contains("--overview draws the whole model") == true)
  }

  /// On paper the view keeps the whole model: `PagedRenderer` makes the overview, trying the
  /// elements outside every boundary as one node where they print too small.
  @Test func anOverviewOnPaperIsLeftToThePagedRenderer() throws {
    let loaded = try valid(Self.carPark)
    var request = DiagramRequest()
    request.overview = true
    request.onPaper = true
    let view = try request.view(of: loaded)
    #expect(view.diagram.elements.map(\.id) == loaded.diagram.elements.map(\.id))
    #expect(view.numbers == FlowNumbers(loaded.diagram))
  }
}
