import Foundation
import Testing

/// Headless Chromium: the DOM of a page after its scripts (and any injected ones) ran.
enum Browser {
  static var executable: String? {
    ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"]
      .first { FileManager.default.isExecutableFile(atPath: $0) }
  }

  /// The serialised DOM of `file` after loading it with a time budget for scripts and events.
  static func dumpDOM(_ file: URL) throws -> String {
    let browser = try #require(executable, "headless chromium is needed: apt-get install chromium")
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "chromium-\(UUID())")
    defer { try? FileManager.default.removeItem(at: profile) }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: browser)
    process.arguments = [
      "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions",
      "--user-data-dir=\(profile.path)", "--virtual-time-budget=3000", "--dump-dom",
      file.absoluteString,
    ]
    let output = profile.appendingPathExtension("out")
    FileManager.default.createFile(atPath: output.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: output) }
    let handle = try FileHandle(forWritingTo: output)
    process.standardOutput = handle
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    try handle.close()
    #expect(process.terminationStatus == 0)
    return try String(contentsOf: output, encoding: .utf8)
  }
}
