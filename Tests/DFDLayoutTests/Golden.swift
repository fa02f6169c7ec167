import Foundation
import TestSupport
import Testing

/// Compares `text` with the golden file `name` under Fixtures (`Golden.expect`).
func expectGolden(
  _ text: String, _ name: String, filePath: String = #filePath,
  sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let url = URL(fileURLWithPath: filePath).deletingLastPathComponent()
    .appendingPathComponent("Fixtures").appendingPathComponent(name)
  try Golden.expect(text, file: url, sourceLocation: sourceLocation)
}
