import Foundation
import Testing

/// `-o` never replaces an input, and a failed run leaves an existing output as it was.
struct OutputSafetyTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scp-dfd-out-\(UUID())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  static let common = "database db \"Store\"\n"
  static let main =
    "include \"common.dfd\"\nservice api \"API\"\napi -> db \"Write\" [protocol: https]\n"

  func write(_ name: String, _ text: String) throws {
    try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  func text(_ name: String) throws -> String {
    try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
  }

  func run(_ arguments: [String]) throws -> Binary.Result {
    try Binary.run(arguments, in: folder, environment: ["NO_COLOR": "1"])
  }

  @Test(arguments: [
    ["render", "main.dfd", "--format", "dot", "-o", "common.dfd"],
    ["render", "main.dfd", "--format", "svg", "-o", "./sub/../common.dfd"],
    ["render", "main.dfd", "--format", "dot", "-o", "link.dfd"],
    ["report", "main.dfd", "--format", "html", "-o", "common.dfd"],
    ["report", "main.dfd", "--format", "markdown", "-o", "link.dfd"],
    ["render", "main.dfd", "--format", "dot", "--catalogue", "extra.yaml", "-o", "extra.yaml"],
    ["report", "main.dfd", "--format", "html", "--template", "t.mustache", "-o", "t.mustache"],
    ["report", "main.dfd", "--format", "markdown", "-o", "common.md"],
  ])
  func outputNamingAnInputIsRefused(_ arguments: [String]) throws {
    try write("main.dfd", Self.main)
    try write("common.dfd", Self.common)
    try write("extra.yaml", "protocols:\n  zigbee: {medium: radio}\n")
    try write("t.mustache", "{{title}}\n")
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
    try? FileManager.default.createSymbolicLink(
      atPath: folder.appendingPathComponent("link.dfd").path, withDestinationPath: "common.dfd")
    // common.md's diagram would be common.svg: make that an input too, through a hard link.
    try? FileManager.default.linkItem(
      at: folder.appendingPathComponent("common.dfd"),
      to: folder.appendingPathComponent("common.svg"))
    let result = try run(arguments)
    #expect(result.status == 2, "\(arguments): \(result.stderr)")
    #expect(result.stderr.contains("error: refusing to overwrite "))
    #expect(try text("common.dfd") == Self.common)
    #expect(try text("main.dfd") == Self.main)
    #expect(try text("extra.yaml") == "protocols:\n  zigbee: {medium: radio}\n")
    #expect(try text("t.mustache") == "{{title}}\n")
  }

  @Test(arguments: [
    ["render", "--format", "svg"], ["render", "--format", "dot"], ["report", "--format", "html"],
    ["report", "--format", "markdown"],
  ])
  func failedRunLeavesTheOutputUntouched(_ command: [String]) throws {
    try write("bad.dfd", "service api\napi -> nowhere\n")
    try write("out.txt", "previous output\n")
    let result = try run([command[0], "bad.dfd"] + command.dropFirst() + ["-o", "out.txt"])
    #expect(result.status == 2)
    #expect(try text("out.txt") == "previous output\n")
    let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
      .filter { $0.contains(".tmp-") }
    #expect(leftovers.isEmpty)
  }

  @Test func hostileCatalogueAndTemplatePathsAreRefused() throws {
    try write("main.dfd", Self.main)
    try write("common.dfd", Self.common)
    #expect(mkfifo(folder.appendingPathComponent("fifo.yaml").path, 0o600) == 0)
    try Data([0x6B, 0x3A, 0xFF, 0xFE, 0x0A]).write(to: folder.appendingPathComponent("bad.yaml"))
    for (arguments, reason) in [
      (["check", "main.dfd", "--catalogue", "/dev/zero"], "it is a device"),
      (["check", "main.dfd", "--catalogue", "fifo.yaml"], "it is a FIFO"),
      (["check", "main.dfd", "--catalogue", "bad.yaml"], "it is not valid UTF-8 text"),
      (["catalogue", "check", "/dev/zero"], "it is a device"),
      (["report", "main.dfd", "--template", "/dev/zero"], "it is a device"),
    ] {
      let start = Date()
      let result = try run(arguments)
      #expect(result.status == 2, "\(arguments)")
      #expect(result.stderr.contains(reason), "\(arguments): \(result.stderr)")
      #expect(Date().timeIntervalSince(start) < 10)
    }
  }
}
