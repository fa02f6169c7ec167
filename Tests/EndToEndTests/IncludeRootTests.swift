import Foundation
import Testing

/// Includes stay inside one root: the model's git repository, else its folder, or
/// `--include-root DIR`; nothing outside it is read or shown (issue 12).
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

  @Test func includesInsideTheRepositoryStillWork() throws {
    try write("repo/m/main.dfd", "include \"../shared/common.dfd\"\nservice a\na -> db\n")
    let result = try check(["repo/m/main.dfd"])
    #expect(result.status == 0, "\(result.stderr)")
  }

  @Test func pathsLeavingTheRootAreRefusedWithoutShowingThem() throws {
    try FileManager.default.createSymbolicLink(
      atPath: path("repo/m/link.dfd"), withDestinationPath: "../../outside/id_rsa")
    try write(
      "repo/m/main.dfd",
      """
      include "/etc/passwd"
      include "../../outside/id_rsa"
      include "../../../../../../../../../../proc/self/environ"
      include "link.dfd"
      include "../../nowhere/x.dfd"
      include "secret.env"
      service a

      """)
    for format in ["text", "json"] {
      let result = try check(["--format", format, "repo/m/main.dfd"])
      #expect(result.status == 2)
      let output = result.stdout + result.stderr
      #expect(!output.contains(Self.secret))
      #expect(!output.contains("root:"))
      #expect(!output.contains("PATH="))
    }
    let text = try check(["repo/m/main.dfd"]).stderr
    #expect(text.contains("main.dfd:1:9: error[DFD506]: include path '/etc/passwd' is absolute"))
    #expect(text.contains("main.dfd:2:9: error[DFD507]: included file 'outside/id_rsa' is outside"))
    #expect(text.contains("main.dfd:3:9: error[DFD507]"))
    #expect(
      text.contains("main.dfd:4:9: error[DFD507]: included file 'repo/m/link.dfd' is outside"))
    #expect(text.contains("main.dfd:5:9: error[DFD507]"))
    #expect(text.contains("main.dfd:6:9: error[DFD508]: included file 'repo/m/secret.env' is not"))
  }

  @Test func withoutARepositoryTheRootIsTheModelsFolder() throws {
    try write("plain/sibling.dfd", "service s\n")
    try write("plain/models/main.dfd", "include \"../sibling.dfd\"\nservice a\n")
    let refused = try check(["plain/models/main.dfd"])
    #expect(refused.status == 2)
    #expect(refused.stderr.contains("error[DFD507]"))
    let allowed = try check(["--include-root", "plain", "plain/models/main.dfd"])
    #expect(!allowed.stderr.contains("DFD507"), "\(allowed.stderr)")
  }

  @Test func gitFileOfAWorktreeMarksTheRepository() throws {
    try write("plain/.git", "gitdir: /elsewhere\n")
    try write("plain/sibling.dfd", "service s\n")
    try write("plain/models/main.dfd", "include \"../sibling.dfd\"\nservice a\na -> s\n")
    let result = try check(["plain/models/main.dfd"])
    #expect(result.status == 0, "\(result.stderr)")
  }

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
