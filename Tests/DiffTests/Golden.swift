import Foundation
import TestSupport
import Testing

/// Compares `text` with the golden file `Golden/<name>` (`Golden.expect`).
func expectGolden(
  _ text: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
) throws {
  let url = testFolder.appendingPathComponent("Golden").appendingPathComponent(name)
  try Golden.expect(text, file: url, sourceLocation: sourceLocation)
}

/// This test target's folder.
let testFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
