import DFDModel
import Diagnostics
import Foundation
import Pipeline
import Reports
import TestSupport
import Testing

/// `diff` in process: files and `REV:path` versions read from a scratch git repository, with
/// their includes at the same revision; what the diff says; folders paired by path.
/// (EndToEndTests.DiffCommandTests keeps the exit statuses and the current directory.)
struct VersionDiffTests {
  /// `city.dfd` including `shared/zones.dfd`, committed, then edited in the working tree (a
  /// relabelled sensor in the include, plain http on the flow); and a folder `models/` of
  /// models, some changed, one removed, one added.
  let repository = ScratchRepository()

  init() throws {
    try repository.makeFolder("docs")
    for folder in ["", "models/"] {
      try repository.write(folder + "shared/zones.dfd", DiffFixture.zones)
      try repository.write(folder + "city.dfd", DiffFixture.city)
    }
    try repository.write("models/old.dfd", "service legacy \"Legacy CMS\"\n")
    try repository.write("models/same.dfd", "service same \"Unchanged\"\n")
    try repository.commit()
    try repository.write(
      "shared/zones.dfd", DiffFixture.editedZones)
    let http = DiffFixture.editedCity
    try repository.write("city.dfd", http)
    try repository.write("models/city.dfd", http)
    try FileManager.default.removeItem(atPath: repository.path("models/old.dfd"))
    try repository.write("models/new.dfd", "service fresh \"New portal\" [internet-facing]\n")
  }

  /// The folder `sub` of the repository, or its top, as the current directory of `diff`.
  func folder(_ sub: String?) -> String { sub.map(repository.path) ?? repository.folder.path }

  /// What reading the version `argument` (as from `sub`) gives, as `diff` reads it.
  func read(_ argument: String, in sub: String? = nil) throws -> (String, ModelReader.Result) {
    let version = try ModelVersion(argument, in: folder(sub))
    var timer = PhaseTimer(enabled: false)
    let result = ModelReader(catalogue: .builtIn).read(
      version.loaderPath, timer: &timer, reader: version.reader)
    return (version.name, result)
  }

  /// The diff of the versions `old` and `new`, both valid.
  func report(_ old: String, _ new: String, in sub: String? = nil) throws -> DiffReport {
    let (oldName, oldResult) = try read(old, in: sub)
    let (newName, newResult) = try read(new, in: sub)
    return VersionDiff.report(
      (oldName, try #require(oldResult.valid)), (newName, try #require(newResult.valid)))
  }

  /// The rendered diagnostics of reading `argument`.
  func diagnostics(_ argument: String) throws -> String {
    let model = try read(argument).1.model
    return DiagnosticRenderer(files: model.sources, colors: false).render(model.diagnostics)
  }

  @Test func aRevisionAndItsIncludesAreReadFromGit() throws {
    let file = repository.path("city.dfd")
    let text = DiffFormat.text.writer(try report("HEAD:city.dfd", file))
    #expect(text.hasPrefix("HEAD:city.dfd → \(file)\n"))
    #expect(text.contains("label: \"Air sensor\" → \"Air-quality sensor\""))
    #expect(text.contains("protocol: https → http"))
    #expect(text.contains("+ MEDIUM   SCP-T-015 on flow aq->cms \"Readings\""))
    let same = try report("HEAD:city.dfd", "HEAD:./city.dfd")
    #expect(same.isEmpty)
    #expect(DiffFormat.text.writer(same).contains("No changes to the model or its threats."))
  }

  @Test func pathsStartingWithDotAreRelativeToTheCurrentFolder() throws {
    let json = DiffFormat.json.writer(
      try report("HEAD:../city.dfd", repository.path("city.dfd"), in: "docs"))
    #expect(json.contains("\"old\": \"HEAD:city.dfd\""))
    #expect(try report("HEAD:city.dfd", "HEAD:city.dfd", in: "docs").isEmpty)
  }

  @Test func theGateCountsOnlyFindingsTheChangeIntroduces() throws {
    let forward = try report("HEAD:city.dfd", repository.path("city.dfd"))
    let medium = SeverityGate(threshold: .medium)
    let introduced = medium.introduced(by: forward.findings)
    let text = medium.explanation(of: introduced, in: forward.new)
    #expect(text.contains("the change introduces 1 open finding at medium or higher"))
    #expect(text.contains("SCP-T-015 on flow aq->cms \"Readings\" (new)"))
    #expect(SeverityGate(threshold: .high).introduced(by: forward.findings).isEmpty)
    let reverse = try report(repository.path("city.dfd"), "HEAD:city.dfd")
    #expect(
      SeverityGate(threshold: .low).introduced(by: reverse.findings).isEmpty,
      "resolving findings never fails")
  }

  @Test func badRevisionsAndEscapingIncludesAreRefused() throws {
    let dash = pipelineFailure { _ = try ModelVersion("--output=x:city.dfd", in: folder(nil)) }
    #expect(dash?.status == 2)
    #expect(dash?.text.contains("a revision may not start with '-'") == true)
    #expect(try read("no-such-rev:city.dfd").1.valid == nil)
    #expect(try diagnostics("no-such-rev:city.dfd").contains("invalid object name"))
    try repository.write("city.dfd", DiffFixture.city + "include \"../outside.dfd\"\n")
    try repository.commit()
    #expect(try read("HEAD~1:city.dfd").1.valid != nil)
    let escaping = try diagnostics("HEAD:city.dfd")
    #expect(escaping.contains("DFD507"), "\(escaping)")
    #expect(escaping.contains("outside"), "\(escaping)")
  }

  @Test func markdownIsMadeForAPullRequestComment() throws {
    let file = repository.path("city.dfd")
    let text = DiffFormat.markdown.writer(try report("HEAD:city.dfd", file))
    #expect(text.hasPrefix("### Threat-model changes: `HEAD:city.dfd` → `\(file)`\n\n**"))
    #expect(text.contains("<details open><summary>New findings (1)</summary>"))
  }

  /// The diffs of the folder `models` at HEAD and in the working tree.
  func folderReports() async throws -> [DiffReport] {
    let old = try ModelVersion("HEAD:models", in: folder(nil))
    let new = try ModelVersion(repository.path("models"), in: folder(nil))
    #expect(old.isFolder && new.isFolder)
    let reader = ModelReader(catalogue: .builtIn)
    let before = await VersionDiff.read(try old.models(), with: reader)
    let after = await VersionDiff.read(try new.models(), with: reader)
    return VersionDiff.reports(before, after)
  }

  @Test func modelsArePairedByPathAndFragmentsLeftOut() async throws {
    let text = VersionDiff.text(try await folderReports(), as: .text)
    let models = repository.path("models")
    #expect(text.contains("HEAD:models/city.dfd → \(models)/city.dfd\n"))
    #expect(text.contains("(no model) → \(models)/new.dfd\n"))
    #expect(text.contains("HEAD:models/old.dfd → (no model)\n"))
    #expect(!text.contains("zones.dfd →"))
    #expect(!text.contains("same.dfd"))
    #expect(text.hasSuffix("4 models compared: 3 changed, 1 unchanged.\n"))
  }

  @Test func folderJSONIsAnArrayOfTheChangedModels() async throws {
    let json = VersionDiff.text(try await folderReports(), as: .json)
    let reports = try #require(
      JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    let models = repository.path("models")
    #expect(
      reports.compactMap { $0["new"] as? String }.sorted()
        == ["(no model)", "\(models)/city.dfd", "\(models)/new.dfd"])
  }
}
