import Foundation
import Testing

/// `scp-dfd diff`: files and `REV:path` versions from a temporary git repository, `--fail-on`
/// and `--exit-code` exit statuses, and refusals (issue 16).
struct DiffCommandTests {
  /// A scratch git repository: `city.dfd` including `shared/zones.dfd`, committed, then edited
  /// in the working tree (a relabelled sensor in the include, plain http on the flow).
  let repository = Repository()

  init() throws {
    try repository.makeFolder("docs")
    try repository.write("shared/zones.dfd", Self.zones)
    try repository.write("city.dfd", Self.city)
    try repository.commit()
    try repository.write(
      "shared/zones.dfd", Self.zones.replacing("Air sensor", with: "Air-quality sensor"))
    try repository.write("city.dfd", Self.city.replacing("protocol: https", with: "protocol: http"))
  }

  static let zones = """
    boundary street "Street" [type: physical, exposure: public] {
      sensor aq "Air sensor" [per-device-keys, firmware-signed]
    }

    """

  static let city = """
    model "City" [version: "1"]
    include "shared/zones.dfd"
    data readings "Readings" [classification: internal]
    boundary cloud "Cloud" [type: cloud] {
      service cms "CMS"
    }
    aq -> cms "Readings" [protocol: https, data: [readings]]

    """

  func diff(_ arguments: [String], in sub: String? = nil) throws -> Binary.Result {
    try repository.diff(arguments, in: sub)
  }

  @Test func aRevisionAndItsIncludesAreReadFromGit() throws {
    let result = try diff(["HEAD:city.dfd", "city.dfd"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("HEAD:city.dfd → city.dfd\n"))
    #expect(result.stdout.contains("label: \"Air sensor\" → \"Air-quality sensor\""))
    #expect(result.stdout.contains("protocol: https → http"))
    #expect(result.stdout.contains("+ MEDIUM   SCP-T-015 on flow aq->cms \"Readings\""))
    let same = try diff(["HEAD:city.dfd", "HEAD:./city.dfd", "--exit-code"])
    #expect(same.status == 0, "\(same.stderr)")
    #expect(same.stdout.contains("No changes to the model or its threats."))
  }

  @Test func pathsStartingWithDotAreRelativeToTheCurrentFolder() throws {
    let result = try diff(["HEAD:../city.dfd", "../city.dfd", "--format", "json"], in: "docs")
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("\"old\": \"HEAD:city.dfd\""))
    let fromTop = try diff(["HEAD:city.dfd", "HEAD:city.dfd"], in: "docs")
    #expect(fromTop.status == 0, "\(fromTop.stderr)")
  }

  @Test func failOnExitsOneOnlyWhenTheChangeIntroducesSuchAFinding() throws {
    let failing = try diff(["HEAD:city.dfd", "city.dfd", "--fail-on", "medium"])
    #expect(failing.status == 1)
    #expect(failing.stderr.contains("the change introduces 1 open finding at medium or higher"))
    #expect(failing.stderr.contains("SCP-T-015 on flow aq->cms \"Readings\" (new)"))
    let passing = try diff(["HEAD:city.dfd", "city.dfd", "--fail-on", "high"])
    #expect(passing.status == 0, "\(passing.stderr)")
    let reverse = try diff(["city.dfd", "HEAD:city.dfd", "--fail-on", "low"])
    #expect(reverse.status == 0, "resolving findings never fails: \(reverse.stderr)")
    #expect(try diff(["HEAD:city.dfd", "city.dfd", "--exit-code"]).status == 1)
  }

  @Test func badRevisionsAndEscapingIncludesExitTwo() throws {
    let dash = try diff(["--", "--output=x:city.dfd", "city.dfd"])
    #expect(dash.status == 2)
    #expect(dash.stderr.contains("a revision may not start with '-'"))
    let unknown = try diff(["no-such-rev:city.dfd", "city.dfd"])
    #expect(unknown.status == 2)
    #expect(unknown.stderr.contains("invalid object name"))
    try repository.write("city.dfd", Self.city + "include \"../outside.dfd\"\n")
    try repository.commit()
    let escaping = try diff(["HEAD~1:city.dfd", "HEAD:city.dfd"])
    #expect(escaping.status == 2)
    #expect(escaping.stderr.contains("DFD507"), "\(escaping.stderr)")
    #expect(escaping.stderr.contains("outside"), "\(escaping.stderr)")
  }

  @Test func markdownIsMadeForAPullRequestComment() throws {
    let result = try diff(["HEAD:city.dfd", "city.dfd", "--format", "markdown"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("### Threat-model changes: `HEAD:city.dfd` → `city.dfd`\n\n**"))
    #expect(result.stdout.contains("<details open><summary>New findings (1)</summary>"))
  }

  /// A scratch git repository for a test, removed with it.
  final class Repository {
    let folder: URL = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scp-dfd-diff-\(UUID())")

    deinit { try? FileManager.default.removeItem(at: folder) }

    /// Makes the folder `name` (and its parents).
    func makeFolder(_ name: String) throws {
      try FileManager.default.createDirectory(
        at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
    }

    /// Writes `text` to `name`, making its folders.
    func write(_ name: String, _ text: String) throws {
      let url = folder.appendingPathComponent(name)
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try text.write(to: url, atomically: true, encoding: .utf8)
    }

    /// Commits everything (making the repository the first time).
    func commit() throws {
      if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(".git").path) {
        try git(["init", "-q"])
      }
      try git(["add", "-A"])
      try git(["-c", "user.name=test", "-c", "user.email=test@example", "commit", "-qm", "v"])
    }

    func git(_ arguments: [String]) throws {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      process.arguments = ["git"] + arguments
      process.currentDirectoryURL = folder
      try process.run()
      process.waitUntilExit()
      #expect(process.terminationStatus == 0, "git \(arguments)")
    }

    /// Runs `scp-dfd diff` in the repository, or in its folder `sub`.
    func diff(_ arguments: [String], in sub: String? = nil) throws -> Binary.Result {
      let directory = sub.map { folder.appendingPathComponent($0) } ?? folder
      return try Binary.run(["diff"] + arguments, in: directory, environment: ["NO_COLOR": "1"])
    }
  }
}
