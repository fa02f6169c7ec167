import Foundation
import Testing

// Spawns the binary: `--include-root` is validated by the argument parser (exit 64).
/// The command line's part of keeping includes inside one root (issue 12): `--include-root`.
///
/// The root is the model's git repository, else its folder, or `--include-root DIR`.
struct IncludeRootTests {
  static let secret = "hunter2-secret"

  /// A scratch tree: `outside/` beside a repository `repo/` (with `.git`), models in `repo/m/`.
  let folder: URL = {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-root-\(UUID())")
    for sub in ["outside", "repo/.git", "repo/m", "repo/shared", "plain/models"] {
      try? FileManager.default.createDirectory(
        at: url.appendingPathComponent(sub), withIntermediateDirectories: true)
    }
    return url
  }()

  func write(_ name: String, _ text: String) throws {
    try text.write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  func check(_ arguments: [String]) throws -> Binary.Result {
    try Binary.run(["check"] + arguments, in: folder, environment: ["NO_COLOR": "1"])
  }

  init() throws {
    try write("outside/id_rsa", "-----BEGIN KEY-----\n\(Self.secret)\n")
    try write("outside/ok.dfd", "service far\n")
    try write("repo/shared/common.dfd", "database db\n")
    try write("repo/m/secret.env", "TOKEN=\(Self.secret)\n")
  }

  // Which includes are refused, and what the refusal shows: PipelineTests.IncludeRootTests.

  @Test func includeRootOptionWidensAndMustBeAFolder() throws {
    try write("repo/m/main.dfd", "include \"../../outside/ok.dfd\"\nservice a\na -> far\n")
    #expect(try check(["repo/m/main.dfd"]).status == 2)
    #expect(try check(["--include-root", folder.path, "repo/m/main.dfd"]).status == 0)
    let missing = try check(["--include-root", "nosuch", "repo/m/main.dfd"])
    #expect(missing.status == 64)
    #expect(missing.stderr.contains("--include-root 'nosuch' is not a folder"))
  }

  @Test func everyModelCommandTakesIncludeRoot() throws {
    for command in ["check", "render", "report", "threats"] {
      let help = try Binary.run([command, "--help"])
      #expect(help.stdout.contains("--include-root <dir>"), "\(command)")
    }
  }
}
