import Foundation
import TestSupport
import Testing

/// Compares `text` with the golden file at `path`, relative to the repository root
/// (`Golden.expect`).
func expectGolden(
  _ text: String, _ path: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
) throws {
  try Golden.expect(
    text, file: repositoryRoot.appendingPathComponent(path), sourceLocation: sourceLocation)
}

/// The repository's root folder.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()
