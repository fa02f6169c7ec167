import Foundation
import TestSupport
import Testing

@testable import Reports

/// The report opened with a `#target=` fragment, good or malformed, in headless Chromium.
@Suite struct ReportFragmentTests {
  /// The text of the `visible-count` output in `dom`.
  private func visibleCount(_ dom: String) throws -> String {
    let start = try #require(dom.range(of: "<output id=\"visible-count\" aria-live=\"polite\">"))
    let rest = dom[start.upperBound...]
    let end = try #require(rest.range(of: "</output>"))
    return String(rest[..<end.lowerBound])
  }

  private func dom(fragment: String) throws -> String {
    let html = try ReportRenderer(format: .html).render(Fixture.input(svg: try Fixture.svg)).text
    let folder = try ExternalTool.temporaryFolder()
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("report.html")
    try html.write(to: file, atomically: true, encoding: .utf8)
    return try Chromium.dumpDOM(file, fragment: fragment)
  }

  @Test(arguments: ["#target=%E0", "#target=%", "#target=%ZZ%"])
  func malformedFragmentIsIgnored(_ fragment: String) throws {
    let count = try visibleCount(try dom(fragment: fragment))
    #expect(count == "Showing \(Fixture.findings.count) of \(Fixture.findings.count) findings")
  }

  @Test func targetFragmentSelectsThatTarget() throws {
    let count = try visibleCount(try dom(fragment: "#target=lamp"))
    let lamp = Fixture.findings.filter { $0.target == "lamp" }.count
    #expect(lamp > 0)
    #expect(count == "Showing \(lamp) of \(Fixture.findings.count) findings")
  }
}
