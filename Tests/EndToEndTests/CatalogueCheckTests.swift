import Foundation
import Testing

/// `catalogue check FILE` runs the file's own rule examples, as the tests run the built-in ones.
struct CatalogueCheckTests {
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scp-dfd-chk-\(UUID())")
    try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }()

  static func catalogue(fires: String, quiet: String) -> String {
    """
    threats:
      - id: U-1
        title: "Sensor without tamper switch"
        stride: [tampering]
        target: element
        when: "element.kind == 'sensor'"
        severity: low
        examples:
          fires: [\(fires)]
          quiet:
            - \(quiet)

    """
  }

  func check(_ yaml: String) throws -> Binary.Result {
    try yaml.write(to: folder.appendingPathComponent("u.yaml"), atomically: true, encoding: .utf8)
    return try Binary.run(["catalogue", "check", "u.yaml"], in: folder)
  }

  @Test func failingExamplesAreErrors() throws {
    let result = try check(Self.catalogue(fires: "\"service x\"", quiet: "\"sensor x\""))
    #expect(result.status == 2)
    #expect(result.stdout.isEmpty)
    #expect(
      result.stderr == """
        u.yaml:9:7: error: fires example 1 of rule 'U-1' does not fire on 'x'
        u.yaml:11:11: error: quiet example 1 of rule 'U-1' fires on 'x'

        """)
  }

  @Test func examplesThatDoNotLoadAreErrors() throws {
    let result = try check(
      Self.catalogue(
        fires: "\"sensor x\"", quiet: "{on: x, model: \"include \\\"/etc/passwd\\\"\"}"))
    #expect(result.status == 2)
    #expect(
      result.stderr.hasPrefix("u.yaml:11:11: error: quiet example 1 of rule 'U-1' does not load"))
    #expect(!result.stderr.contains("root:"), "an example read a file")
  }

  @Test func passingExamplesAreCounted() throws {
    let result = try check(Self.catalogue(fires: "\"sensor x\"", quiet: "\"service x\""))
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasSuffix("(1 added, 0 replaced, 0 disabled); 2 examples pass\n"))
  }
}
