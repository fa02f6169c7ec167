import Foundation
import Pipeline
import TestSupport
import Testing

/// SARIF results point into the file each element, boundary or flow is declared in.
@Suite struct SARIFIncludeLocationTests {
  @Test func resultsInIncludedFilesNameThoseFiles() throws {
    // Relative, as a user names it: artifacts are then relative to %SRCROOT%.
    let main = relativePath(sample("include-demo/main.dfd"))
    let identity =
      URL(fileURLWithPath: main).deletingLastPathComponent().relativePath
      + "/shared/identity.dfd"
    #expect(!main.hasPrefix("/"))
    let text = findingsText(try valid(main), .sarif)
    try JSONSchema.expectValid(text)
    let log = try #require(
      try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    let sarifRun = try #require((log["runs"] as? [[String: Any]])?.first)
    let artifacts = try #require(sarifRun["artifacts"] as? [[String: Any]])
    let artifactURIs = artifacts.compactMap {
      ($0["location"] as? [String: Any])?["uri"] as? String
    }
    #expect(artifactURIs.first == main)
    #expect(artifactURIs.contains(identity), "\(artifactURIs)")
    var seen: [String: (uri: String, line: Int, index: Int)] = [:]
    for result in try #require(sarifRun["results"] as? [[String: Any]]) {
      let location = try #require((result["locations"] as? [[String: Any]])?.first)
      let physical = try #require(location["physicalLocation"] as? [String: Any])
      let artifact = try #require(physical["artifactLocation"] as? [String: Any])
      let region = try #require(physical["region"] as? [String: Any])
      let name = try #require(
        ((location["logicalLocations"] as? [[String: Any]])?.first)?["name"] as? String)
      let uri = try #require(artifact["uri"] as? String)
      let index = try #require(artifact["index"] as? Int)
      #expect(artifactURIs[index] == uri, "\(name)")
      seen[name] = (uri, try #require(region["startLine"] as? Int), index)
    }
    // `sso` is declared in shared/identity.dfd, not in main.dfd.
    let sso = try #require(seen["sso"])
    #expect(sso.uri == identity)
    #expect(try sso.line == Self.line(of: "identity-provider sso", in: identity))
    #expect(seen.values.contains { $0.uri == main })
  }

  /// The 1-based line of the first line of `file` that contains `text`.
  static func line(of text: String, in file: String) throws -> Int {
    let source = try String(contentsOfFile: file, encoding: .utf8)
    let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    return try #require(lines.firstIndex { $0.contains(text) }) + 1
  }
}
