import Foundation
import Testing

/// A catalogue is data: YAML tags construct nothing and include nothing, conditions are parsed
/// by our own bounded parser, and nothing a catalogue says reads a file or runs a command.
struct CatalogueSandboxTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scp-dfd-cat-\(UUID())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    try? "SECRET-7731\n".write(
      to: url.appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
    try? "sensor kiosk \"Kiosk\"\nservice api\nkiosk -> api [protocol: https]\n".write(
      to: url.appendingPathComponent("m.dfd"), atomically: true, encoding: .utf8)
    return url
  }()

  func write(_ name: String, _ text: String) throws {
    try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  func rule(title: String = "\"Kiosk rule\"", when: String) -> String {
    """
    threats:
      - id: U-1
        title: \(title)
        stride: [tampering]
        target: element
        when: \(when)
        severity: low
        mitigations: ["Lock it"]
    """
  }

  @Test func tagsAreTextAndIncludeNothing() throws {
    try write("tags.yaml", rule(title: "!include secret.txt", when: "\"element.kind == 'sensor'\""))
    var outputs: [String] = []
    for arguments in [
      ["catalogue", "check", "tags.yaml"],
      ["catalogue", "show", "U-1", "--catalogue", "tags.yaml"],
      ["threats", "m.dfd", "--catalogue", "tags.yaml", "--format", "json"],
    ] {
      let result = try Binary.run(arguments, in: folder)
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      outputs.append(result.stdout + result.stderr)
    }
    #expect(outputs[1].contains("secret.txt"), "the tag's text is kept as text")
    #expect(outputs.allSatisfy { !$0.contains("SECRET-7731") }, "a file was read")
  }

  @Test func objectConstructingTagsAreRefused() throws {
    try write(
      "python.yaml",
      rule(title: "!!python/object/apply:os.system [\"touch pwned\"]", when: "\"true\""))
    let result = try Binary.run(["catalogue", "check", "python.yaml"], in: folder)
    #expect(result.status == 2)
    #expect(result.stderr.contains("python.yaml:3:"))
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pwned").path))
  }

  @Test(arguments: [
    ("\"$(touch pwned) == 'x'\"", "python.yaml"),
    ("\"element.kind == `touch pwned`\"", "python.yaml"),
    ("\"" + String(repeating: "not ", count: 2_000) + "true\"", "longer than 4096 characters"),
    (
      "\"" + String(repeating: "(", count: 100) + "true" + String(repeating: ")", count: 100)
        + "\"", "nested more than 64 levels"
    ),
  ])
  func conditionsAreBoundedDataNotCode(_ when: String, _ expected: String) throws {
    try write("c.yaml", rule(when: when))
    let result = try Binary.run(["catalogue", "check", "c.yaml"], in: folder)
    #expect(result.status == 2, "\(result.stdout)")
    #expect(result.stderr.hasPrefix("c.yaml:"), "\(result.stderr)")
    if expected != "python.yaml" { #expect(result.stderr.contains(expected), "\(result.stderr)") }
    #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("pwned").path))
  }
}
