import Foundation
import Testing

/// Includes stay inside one root: the model's git repository, else its folder, or an include
/// root given; nothing outside it is read or shown (issue 12).
struct IncludeRootTests {
  static let secret = "hunter2-secret"
  let scratch = Scratch()

  /// `outside/` beside a repository `repo/` (with `.git`), models in `repo/m/`.
  init() throws {
    for sub in ["outside", "repo/.git", "repo/m", "repo/shared", "plain/models"] {
      try scratch.makeFolder(sub)
    }
    try scratch.write("outside/id_rsa", "-----BEGIN KEY-----\n\(Self.secret)\n")
    try scratch.write("outside/ok.dfd", "service far\n")
    try scratch.write("repo/shared/common.dfd", "database db\n")
    try scratch.write("repo/m/secret.env", "TOKEN=\(Self.secret)\n")
  }

  @Test func includesInsideTheRepositoryStillWork() throws {
    try scratch.write("repo/m/main.dfd", "include \"../shared/common.dfd\"\nservice a\na -> db\n")
    let result = check(scratch.path("repo/m/main.dfd"))
    #expect(result.valid, "\(result.text)")
  }

  @Test func pathsLeavingTheRootAreRefusedWithoutShowingThem() throws {
    try FileManager.default.createSymbolicLink(
      atPath: scratch.path("repo/m/link.dfd"), withDestinationPath: "../../outside/id_rsa")
    try scratch.write(
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
    let result = check(scratch.path("repo/m/main.dfd"))
    #expect(!result.valid)
    let text = result.text
    #expect(!text.contains(Self.secret))
    #expect(!text.contains("root:"))
    #expect(!text.contains("PATH="))
    #expect(text.contains("main.dfd:1:9: error[DFD506]: include path '/etc/passwd' is absolute"))
    #expect(text.contains("main.dfd:2:9: error[DFD507]: included file '"))
    #expect(text.contains("outside/id_rsa' is outside"))
    #expect(text.contains("main.dfd:3:9: error[DFD507]"))
    #expect(text.contains("main.dfd:4:9: error[DFD507]"))
    #expect(text.contains("repo/m/link.dfd' is outside"))
    #expect(text.contains("main.dfd:5:9: error[DFD507]"))
    #expect(text.contains("main.dfd:6:9: error[DFD508]: included file '"))
    #expect(text.contains("repo/m/secret.env' is not"))
  }

  @Test func withoutARepositoryTheRootIsTheModelsFolder() throws {
    try scratch.write("plain/sibling.dfd", "service s\n")
    try scratch.write("plain/models/main.dfd", "include \"../sibling.dfd\"\nservice a\n")
    let refused = check(scratch.path("plain/models/main.dfd"))
    #expect(!refused.valid)
    #expect(refused.text.contains("error[DFD507]"))
    let allowed = check(scratch.path("plain/models/main.dfd"), includeRoot: scratch.path("plain"))
    #expect(!allowed.text.contains("DFD507"), "\(allowed.text)")
  }

  @Test func gitFileOfAWorktreeMarksTheRepository() throws {
    try scratch.write("plain/.git", "gitdir: /elsewhere\n")
    try scratch.write("plain/sibling.dfd", "service s\n")
    try scratch.write("plain/models/main.dfd", "include \"../sibling.dfd\"\nservice a\na -> s\n")
    let result = check(scratch.path("plain/models/main.dfd"))
    #expect(result.valid, "\(result.text)")
  }

  @Test func anIncludeRootWidensTheRoot() throws {
    try scratch.write("repo/m/main.dfd", "include \"../../outside/ok.dfd\"\nservice a\na -> far\n")
    #expect(!check(scratch.path("repo/m/main.dfd")).valid)
    #expect(check(scratch.path("repo/m/main.dfd"), includeRoot: scratch.folder.path).valid)
  }
}
