import Foundation
import Testing

/// Golden files: every test target compares output with its goldens the same way.
public enum Golden {
  /// Compares `text` (with each volatile value in `replacing` turned into its placeholder) with
  /// the file at `url`, recording the differing lines; with `SCP_DFD_RECORD=1` it rewrites the
  /// file instead, and still fails, so a recording run is never mistaken for a pass.
  public static func expect(
    _ text: String, file url: URL, replacing volatile: [String: String] = [:],
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    var normalised = text
    for (value, placeholder) in volatile.sorted(by: { $0.key.count > $1.key.count }) {
      normalised = normalised.replacingOccurrences(of: value, with: placeholder)
    }
    let name = url.lastPathComponent
    if ProcessInfo.processInfo.environment["SCP_DFD_RECORD"] == "1" {
      try FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try normalised.write(to: url, atomically: true, encoding: .utf8)
      Issue.record(
        "recorded \(name); run again without SCP_DFD_RECORD", sourceLocation: sourceLocation)
      return
    }
    let expected = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    guard expected != normalised else { return }
    Issue.record(
      Comment(
        rawValue: "\(url.path) differs (SCP_DFD_RECORD=1 rewrites it):\n"
          + lineDiff(expected, normalised)),
      sourceLocation: sourceLocation)
  }

  /// The lines that differ, at most 40: `-` expected, `+` actual.
  public static func lineDiff(_ expected: String, _ actual: String) -> String {
    let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
    var lines: [String] = []
    for index in 0..<max(old.count, new.count) where lines.count < 40 {
      let a = index < old.count ? String(old[index]) : nil
      let b = index < new.count ? String(new[index]) : nil
      if a != b {
        if let a { lines.append("-\(index + 1): \(a)") }
        if let b { lines.append("+\(index + 1): \(b)") }
      }
    }
    return lines.joined(separator: "\n")
  }
}
