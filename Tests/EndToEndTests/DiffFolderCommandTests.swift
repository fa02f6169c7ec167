import Foundation
import Testing

/// `scp-dfd diff` of two folders: models paired by path, added and removed models, fragments
/// left out, one gate over all.
struct DiffFolderCommandTests {
  let repository = DiffCommandTests.Repository()

  init() throws {
    try repository.write("models/shared/zones.dfd", DiffCommandTests.zones)
    try repository.write("models/city.dfd", DiffCommandTests.city)
    try repository.write("models/old.dfd", "service legacy \"Legacy CMS\"\n")
    try repository.write("models/same.dfd", "service same \"Unchanged\"\n")
    try repository.commit()
    try repository.write(
      "models/city.dfd", DiffCommandTests.city.replacing("protocol: https", with: "protocol: http"))
    try FileManager.default.removeItem(
      at: repository.folder.appendingPathComponent("models/old.dfd"))
    try repository.write("models/new.dfd", "service fresh \"New portal\" [internet-facing]\n")
  }

  @Test func modelsArePairedByPathAndFragmentsLeftOut() throws {
    let result = try repository.diff(["HEAD:models", "models"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("HEAD:models/city.dfd → models/city.dfd\n"))
    #expect(result.stdout.contains("(no model) → models/new.dfd\n"))
    #expect(result.stdout.contains("HEAD:models/old.dfd → (no model)\n"))
    #expect(!result.stdout.contains("zones.dfd →"))
    #expect(!result.stdout.contains("same.dfd"))
    #expect(result.stdout.hasSuffix("4 models compared: 3 changed, 1 unchanged.\n"))
  }

  @Test func jsonIsAnArrayOfTheChangedModels() throws {
    let result = try repository.diff(["HEAD:models", "models", "--format", "json"])
    #expect(result.status == 0, "\(result.stderr)")
    let reports = try #require(
      JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    #expect(
      reports.compactMap { $0["new"] as? String }.sorted()
        == ["(no model)", "models/city.dfd", "models/new.dfd"])
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
