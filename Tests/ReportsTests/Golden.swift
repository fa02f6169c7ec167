import Foundation
import TestSupport
import Testing

/// Compares `text` with the golden file `Golden/<name>`, with volatile values replaced by
/// placeholders (`Golden.expect`).
func expectGolden(
  _ text: String, _ name: String, replacing volatile: [String: String] = [:],
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  try Golden.expect(
    text, file: goldenFolder.appendingPathComponent(name), replacing: volatile,
    sourceLocation: sourceLocation)
}

/// Placeholders for the fixture's generation date and tool version.
let volatileValues = [
  "2026-11-18T11:06:40Z": "${DATE}", "9.9.9-test": "${VERSION}",
]

let goldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Golden")
