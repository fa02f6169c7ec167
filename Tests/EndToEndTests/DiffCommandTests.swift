import Foundation
import TestSupport
import Testing

/// Spawns the binary for `diff`'s exit statuses and its versions read from the current folder.
///
/// What the diff says, and versions read from git: PipelineTests.VersionDiffTests.
struct DiffCommandTests {
  /// A scratch git repository: `city.dfd` including `shared/zones.dfd`, committed, then edited
  /// in the working tree (a relabelled sensor in the include, plain http on the flow).
  let repository = ScratchRepository()

  init() throws {
    try repository.makeFolder("docs")
    try repository.write("shared/zones.dfd", DiffFixture.zones)
    try repository.write("city.dfd", DiffFixture.city)
    try repository.commit()
    try repository.write(
      "shared/zones.dfd", DiffFixture.editedZones)
    try repository.write("city.dfd", DiffFixture.editedCity)
  }

  func diff(_ arguments: [String], in sub: String? = nil) throws -> Binary.Result {
    try repository.diff(arguments, in: sub)
  }

  @Test func exitStatusesFollowTheGateAndPathsTheCurrentFolder() throws {
    let failing = try diff(["HEAD:city.dfd", "city.dfd", "--fail-on", "medium"])
    #expect(failing.status == 1)
    #expect(failing.stderr.contains("the change introduces 1 open finding at medium or higher"))
    #expect(failing.stderr.contains("SCP-T-015 on flow aq->cms \"Readings\" (new)"))
    let passing = try diff(["HEAD:city.dfd", "city.dfd", "--fail-on", "high"])
    #expect(passing.status == 0, "\(passing.stderr)")
    let reverse = try diff(["city.dfd", "HEAD:city.dfd", "--fail-on", "low"])
    #expect(reverse.status == 0, "resolving findings never fails: \(reverse.stderr)")
    #expect(try diff(["HEAD:city.dfd", "city.dfd", "--exit-code"]).status == 1)
    let same = try diff(["HEAD:city.dfd", "HEAD:./city.dfd", "--exit-code"])
    #expect(same.status == 0, "\(same.stderr)")
    // From a subfolder, `../` paths are read relative to it, as git reads them.
    let fromDocs = try diff(["HEAD:../city.dfd", "../city.dfd", "--format", "json"], in: "docs")
    #expect(fromDocs.status == 0, "\(fromDocs.stderr)")
    #expect(fromDocs.stdout.contains("\"old\": \"HEAD:city.dfd\""))
    let dash = try diff(["--", "--output=x:city.dfd", "city.dfd"])
    #expect(dash.status == 2)
  }
}

extension ScratchRepository {
  /// Runs `scp-dfd diff` in the repository, or in its folder `sub`.
  func diff(_ arguments: [String], in sub: String? = nil) throws -> Binary.Result {
    let directory = sub.map { folder.appendingPathComponent($0) } ?? folder
    return try Binary.run(["diff"] + arguments, in: directory, environment: ["NO_COLOR": "1"])
  }
}
