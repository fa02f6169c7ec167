import Foundation
import Testing

@testable import Pipeline

/// `AtomicFile.write(to:_:)` streams a file in pieces and still never leaves half of one.
@Suite struct AtomicFileTests {
  struct Interrupted: Error {}

  private func scratch() throws -> URL {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("scp-dfd-atomic-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    return folder
  }

  @Test func piecesArriveInOrder() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("report.html").path
    try AtomicFile.write(to: file) { write in
      for piece in ["<!DOCTYPE html>", "<p>", String(repeating: "x", count: 100_000), "</p>"] {
        var piece = piece
        try piece.withUTF8 { try write(UnsafeRawBufferPointer($0)) }
      }
    }
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(text == "<!DOCTYPE html><p>" + String(repeating: "x", count: 100_000) + "</p>")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
  }

  @Test func aFailureHalfwayKeepsTheOldFileAndNoTemporary() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("report.html").path
    try AtomicFile.write(Array("old report".utf8), to: file)
    #expect(throws: Interrupted.self) {
      try AtomicFile.write(to: file) { write in
        try Array("half of a new rep".utf8).withUnsafeBytes(write)
        throw Interrupted()
      }
    }
    #expect(try String(contentsOfFile: file, encoding: .utf8) == "old report")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.html"])
  }

  @Test func aFailureBeforeAnyFileLeavesNothing() throws {
    let folder = try scratch()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("report.md").path
    #expect(throws: Interrupted.self) {
      try AtomicFile.write(to: file) { write in
        try Array("# Threat model".utf8).withUnsafeBytes(write)
        throw Interrupted()
      }
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
  }

}
