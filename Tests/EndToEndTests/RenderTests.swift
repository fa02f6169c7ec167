import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

struct RenderTests {
  static let samples: [String] = {
    let folder = Binary.root.appendingPathComponent("samples")
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    return names.filter { $0.hasSuffix(".dfd") }.sorted().map { "samples/" + $0 }
  }()

  static func scratch() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-render-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  @Test func samplesExist() {
    #expect(Self.samples.count >= 3)
  }

  @Test(arguments: samples)
  func sampleRendersIdenticalSVGInFreshProcesses(_ sample: String) throws {
    let first = try Binary.run(["render", sample], in: Binary.root)
    let second = try Binary.run(["render", sample], in: Binary.root)
    #expect(first.status == 0, "\(first.stderr)")
    #expect(first.stdout == second.stdout)
    let document = try XMLDocument(data: Data(first.stdout.utf8), options: [])
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

  // Every sample under every drawing option, without a word from Graphviz:
  // PipelineTests.SampleDrawingTests. Here, warnings reach standard error only when there are some.
  @Test func aCleanRenderPrintsNothing() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("out.png").path
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "-o", out], in: Binary.root)
    #expect(result.status == 0)
    #expect(result.stderr.isEmpty, "\(result.stderr)")
    #expect(FileManager.default.fileExists(atPath: out))
  }

  @Test func rendersWithoutDotOnThePath() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("lighting.png").path
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "-o", out], in: Binary.root,
      environment: ["PATH": ""])
    #expect(result.status == 0, "\(result.stderr)")
    let data = try Data(contentsOf: URL(fileURLWithPath: out))
    #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  @Test(arguments: [
    ("pdf", Array("%PDF-".utf8)), ("svg", Array("<?xml".utf8)), ("gv", Array("digraph".utf8)),
  ])
  func formatFollowsTheExtension(_ fileExtension: String, _ signature: [UInt8]) throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let out = folder.appendingPathComponent("d.\(fileExtension)").path
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "-o", out], in: Binary.root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try Data(contentsOf: URL(fileURLWithPath: out)).starts(with: signature))
    #expect(
      try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["d.\(fileExtension)"])
  }

  @Test func outputNamingTheModelIsRefused() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = folder.appendingPathComponent("m.dfd")
    let text = "model \"M\"\nuser u \"U\"\nservice s \"S\"\nu -> s \"Login\" [protocol: https]\n"
    try text.write(to: model, atomically: true, encoding: .utf8)
    let result = try Binary.run(["render", model.path, "-o", model.path, "--format", "svg"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("refusing to overwrite the model"))
    #expect(try String(contentsOf: model, encoding: .utf8) == text)
  }

  @Test func invalidModelExitsTwoAndWritesNothing() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = folder.appendingPathComponent("bad.dfd")
    try "service s \"S\"\ns -> nowhere \"x\"\n".write(to: model, atomically: true, encoding: .utf8)
    let out = folder.appendingPathComponent("bad.svg")
    let result = try Binary.run(["render", model.path, "-o", out.path])
    #expect(result.status == 2)
    #expect(!FileManager.default.fileExists(atPath: out.path))
  }

  @Test func dotOutputHonoursTheDrawingOptions() throws {
    let plain = try Binary.run(
      [
        "render", "samples/street-lighting.dfd", "--format", "dot", "--no-threats", "--no-legend",
        "--direction", "TB", "--fast",
      ],
      in: Binary.root)
    #expect(plain.status == 0, "\(plain.stderr)")
    #expect(plain.stdout.contains("rankdir=\"TB\";"))
    #expect(plain.stdout.contains("mclimit=\"0.1\";"))
    #expect(!plain.stdout.contains("Legend"))
    #expect(!plain.stdout.contains(" · "))
    let full = try Binary.run(
      ["render", "samples/street-lighting.dfd", "--format", "dot"], in: Binary.root)
    #expect(full.stdout.contains(">Legend<") && full.stdout.contains(">Threats<"))
    // The analyser's open findings become badges such as "STI 3 · high" on elements and flows.
    let badges = full.stdout.split(separator: "\n").filter {
      $0.contains(" · ") && $0.contains("id=\"el-")
    }
    #expect(badges.count > 5)
    #expect(!plain.stdout.split(separator: "\n").contains { $0.contains(" · ") })
    #expect(full.stdout.contains("rankdir=\"LR\";"))
    #expect(!full.stdout.contains("mclimit"))
  }

  @Test func focusNarrowsTheDiagram() throws {
    let full = try Binary.run(
      ["render", "samples/street-lighting.dfd", "--format", "dot"], in: Binary.root)
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "--format", "dot", "--focus", "nowhere-at-all"],
      in: Binary.root)
    #expect(result.status == 2)
    #expect(result.stderr.contains("error: --focus: no element or boundary 'nowhere-at-all' in"))
    let typo = try Binary.run(
      ["render", "samples/street-lighting.dfd", "--format", "dot", "--focus", "council-dcc"],
      in: Binary.root)
    #expect(typo.status == 2)
    #expect(typo.stderr.contains("= note: did you mean 'council-dc'?"))
    #expect(typo.stdout.isEmpty)
    #expect(full.stdout.split(separator: "\n").filter { $0.contains(" -> ") }.count > 2)
  }

  @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
  func binaryFormatsAreRefusedOnATerminal() throws {
    // `script` gives the binary a pseudo-terminal as standard output.
    let command = "'\(Binary.url.path)' render samples/street-lighting.dfd --format png"
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
    process.arguments = ["-qec", command, "/dev/null"]
    process.currentDirectoryURL = Binary.root
    let output = Pipe()
    process.standardOutput = output
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 2)
    #expect(String(decoding: data, as: UTF8.self).contains("refusing to write PNG to a terminal"))
    #expect(!data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
  }

  @Test func symbolicLinksAreFollowedAndKept() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let real = folder.appendingPathComponent("real.svg")
    try "old".write(to: real, atomically: true, encoding: .utf8)
    let link = folder.appendingPathComponent("link.svg")
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: real)
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "-o", link.path], in: Binary.root)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == real.path)
    #expect(try String(contentsOf: real, encoding: .utf8).hasPrefix("<?xml"))
  }

  @Test func pipesAreWrittenInPlaceNotReplaced() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("pipe.gv")
    #expect(mkfifo(fifo.path, 0o600) == 0)
    let reader = Process()
    reader.executableURL = URL(fileURLWithPath: "/bin/cat")
    reader.arguments = [fifo.path]
    let output = Pipe()
    reader.standardOutput = output
    try reader.run()
    let result = try Binary.run(
      ["render", "samples/street-lighting.dfd", "-o", fifo.path], in: Binary.root)
    let data = output.fileHandleForReading.readDataToEndOfFile()
    reader.waitUntilExit()
    #expect(result.status == 0, "\(result.stderr)")
    #expect(String(decoding: data, as: UTF8.self).hasPrefix("digraph"))
    var status = stat()
    #expect(stat(fifo.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
  }

  @Test func bigModelsGetTheFastPresetUnlessTold() throws {
    let folder = try Self.scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let model = folder.appendingPathComponent("big.dfd")
    var text = "model \"Big\"\n"
    for index in 0..<500 { text += "service s\(index) \"Service \(index)\"\n" }
    for index in 1..<500 { text += "s\(index - 1) -> s\(index) \"Call\" [protocol: https]\n" }
    try text.write(to: model, atomically: true, encoding: .utf8)
    let auto = try Binary.run(["render", model.path, "--format", "dot"])
    #expect(auto.status == 0, "\(auto.stderr)")
    #expect(auto.stdout.contains("mclimit=\"0.1\";"))
    let full = try Binary.run(["render", model.path, "--format", "dot", "--no-fast"])
    #expect(!full.stdout.contains("mclimit"))
    let small = try Binary.run(["render", model.path, "--format", "dot", "--focus", "s7"])
    #expect(!small.stdout.contains("mclimit"))
    #expect(small.stdout.split(separator: "\n").filter { $0.contains(" -> ") }.count == 2)
  }
}
