import Foundation
import TestSupport
import Testing

/// Compares `text` with the golden file at `Fixtures/<path>` (`Golden.expect`).
func expectGolden(
  _ text: String, _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent(path)
  try Golden.expect(text, file: url, sourceLocation: sourceLocation)
}
