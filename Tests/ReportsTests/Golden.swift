import Foundation
import Testing

/// Compares `text` with the golden file `Golden/<name>`, with volatile values replaced by placeholders.
///
/// `SCP_DFD_RECORD=1` rewrites the file (and still fails, so a recording run is never mistaken for
/// a pass).
func expectGolden(
  _ text: String, _ name: String, replacing volatile: [String: String] = [:],
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  var normalised = text
  for (value, placeholder) in volatile.sorted(by: { $0.key.count > $1.key.count }) {
    normalised = normalised.replacingOccurrences(of: value, with: placeholder)
  }
  let url = goldenFolder.appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["SCP_DFD_RECORD"] == "1" {
    try normalised.write(to: url, atomically: true, encoding: .utf8)
    Issue.record(
      "recorded \(name); run again without SCP_DFD_RECORD", sourceLocation: sourceLocation)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(normalised == expected, "differs from Golden/\(name)", sourceLocation: sourceLocation)
}

/// Placeholders for the fixture's generation date and tool version.
let volatileValues = [
  "2026-11-18T11:06:40Z": "${DATE}", "9.9.9-test": "${VERSION}",
]

let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Golden")
