import Foundation
import TestSupport

extension Chromium {
  /// Opens the report `html` with `Fixtures/report-probe.js` added, which checks the page's
  /// script in place of the self-test the report used to carry.
  static func probe(_ html: String, fragment: String = "") throws -> (
    result: [String: Any], dom: String
  ) {
    let script = try String(
      contentsOf: Fixture.fixtures.appendingPathComponent("report-probe.js"), encoding: .utf8)
    return try probe(html, script: script, fragment: fragment)
  }
}
