import Foundation
import Testing

/// Compares `text` with the golden file at `path` (relative to the repository root); with
/// `SCP_DFD_RECORD=1` it rewrites the file instead, and still fails so a recording run is never
/// mistaken for a pass.
func expectGolden(
  _ text: String, _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let url = repositoryRoot.appendingPathComponent(path)
  if ProcessInfo.processInfo.environment["SCP_DFD_RECORD"] == "1" {
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try text.write(to: url, atomically: true, encoding: .utf8)
    Issue.record(
      Comment(rawValue: "recorded \(path); run again without SCP_DFD_RECORD"),
      sourceLocation: sourceLocation)
    return
  }
  let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  guard expected != text else { return }
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = text.split(separator: "\n", omittingEmptySubsequences: false)
  let first =
    (0..<min(old.count, new.count)).first { old[$0] != new[$0] } ?? min(old.count, new.count)
  let shown = [
    first < old.count ? "-\(first + 1): \(old[first])" : nil,
    first < new.count ? "+\(first + 1): \(new[first])" : nil,
  ].compactMap { $0 }
  Issue.record(
    Comment(
      rawValue: "\(path) differs (SCP_DFD_RECORD=1 rewrites it); first difference:\n"
        + shown.joined(separator: "\n")),
    sourceLocation: sourceLocation)
}

/// The repository's root folder.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
