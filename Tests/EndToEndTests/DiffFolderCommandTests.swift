import Foundation
import TestSupport
import Testing

/// Spawns the binary for `diff` of two folders: one gate over all, and a folder against a file.
///
/// How the models are paired: PipelineTests.VersionDiffTests.
struct DiffFolderCommandTests {
  let repository = ScratchRepository()

  init() throws {
    try repository.write("models/shared/zones.dfd", DiffFixture.zones)
    try repository.write("models/city.dfd", DiffFixture.city)
    try repository.write("models/old.dfd", "service legacy \"Legacy CMS\"\n")
    try repository.write("models/same.dfd", "service same \"Unchanged\"\n")
    try repository.commit()
    try repository.write(
      "models/city.dfd", DiffFixture.editedCity)
    try FileManager.default.removeItem(
      at: repository.folder.appendingPathComponent("models/old.dfd"))
    try repository.write("models/new.dfd", "service fresh \"New portal\" [internet-facing]\n")
  }

  @Test func theGateCoversEveryModel() throws {
    let result = try repository.diff(["HEAD:models", "models", "--fail-on", "medium"])
    #expect(result.status == 1)
    #expect(result.stderr.contains("SCP-T-015"))
  }

  @Test func aFolderIsComparedOnlyWithAFolder() throws {
    let result = try repository.diff(["HEAD:models", "models/city.dfd"])
    #expect(result.status == 2)
    #expect(result.stderr.contains("compare a folder with a folder, or a model with a model"))
  }
}
