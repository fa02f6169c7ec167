import Foundation
import TestSupport
import Testing

@testable import Reports

/// Writes docs/images/report.png from the fixture when SCP_DFD_SCREENSHOT=1 (for the docs;
/// a normal run only checks that a screenshot can be taken).
@Suite struct ScreenshotTests {
  @Test func screenshotOfTheFixtureReport() throws {
    let folder = try ExternalTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let html = folder.appendingPathComponent("report.html")
    try ReportRenderer(format: .html).render(Fixture.input(svg: try Fixture.svg)).text
      .write(to: html, atomically: true, encoding: .utf8)
    let png = folder.appendingPathComponent("report.png")
    try Chromium.screenshot(html, to: png)
    let data = try Data(contentsOf: png)
    #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
    if let target = ProcessInfo.processInfo.environment["SCP_DFD_SCREENSHOT"] {
      try? FileManager.default.removeItem(atPath: target)
      try FileManager.default.copyItem(at: png, to: URL(fileURLWithPath: target))
      try FileManager.default.copyItem(at: html, to: URL(fileURLWithPath: target + ".html"))
    }
  }
}
