import Foundation
import Testing

/// Compares `text` with the golden file at `Fixtures/<path>`; with `SCP_DFD_RECORD=1` it
/// rewrites the file instead (and still fails, so a recording run is never mistaken for a pass).
func expectGolden(
  _ text: String, _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent(path)
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
  Issue.record(
    Comment(
      rawValue: "\(path) differs (SCP_DFD_RECORD=1 rewrites it):\n" + lineDiff(expected, text)),
    sourceLocation: sourceLocation)
}

/// A minimal line diff: `-` expected, `+` actual, for lines that differ.
func lineDiff(_ expected: String, _ actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var lines: [String] = []
  for index in 0..<max(old.count, new.count) {
    let a = index < old.count ? String(old[index]) : nil
    let b = index < new.count ? String(new[index]) : nil
    if a != b {
      if let a { lines.append("-\(index + 1): \(a)") }
      if let b { lines.append("+\(index + 1): \(b)") }
    }
  }
  return lines.joined(separator: "\n")
}
