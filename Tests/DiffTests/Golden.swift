import Foundation
import Testing

/// Compares `text` with the golden file `Golden/<name>`; `SCP_DFD_RECORD=1` rewrites the file
/// (and still fails, so a recording run is never mistaken for a pass).
func expectGolden(
  _ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let url = testFolder.appendingPathComponent("Golden").appendingPathComponent(name)
  if ProcessInfo.processInfo.environment["SCP_DFD_RECORD"] == "1" {
    try text.write(to: url, atomically: true, encoding: .utf8)
    Issue.record(
      "recorded \(name); run again without SCP_DFD_RECORD", sourceLocation: sourceLocation)
    return
  }
  let expected = try String(contentsOf: url, encoding: .utf8)
  #expect(text == expected, "differs from Golden/\(name)", sourceLocation: sourceLocation)
}

/// This test target's folder.
let testFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
